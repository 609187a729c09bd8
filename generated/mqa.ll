; ModuleID = 'mqa'
source_filename = "mqa"
target triple = "x86_64-unknown-linux-gnu"

@mqa.name = private unnamed_addr constant [4 x i8] c"mqa\00"
@mqa.spec = private unnamed_addr constant [245 x i8] c"attncc: 1\0Aname: mqa\0Aphase: decode\0Aheads: {q: 16, kv: 1, dim: 64, v_dim: 64}\0Atypes: {q: f32, cache: bf16, out: f32}\0Ascale: auto\0Acache: {store: kv, layout: contiguous, order: head_major, capacity: 4096}\0Amask: {causal: false}\0Aoutput: {lse: false}\0A\00"
@mqa_info_data = internal constant { i32, i32, i64, ptr, ptr, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, float } { i32 1, i32 1, i64 -7717703771589902001, ptr @mqa.name, ptr @mqa.spec, i32 16, i32 1, i32 64, i32 64, i32 0, i32 2, i32 0, i32 0, i32 0, i32 1, i32 4096, i32 0, i32 0, float 1.250000e-01 }, align 8
@mqa_kernel = internal constant { ptr, ptr, i32, i32, i32, i32 } { ptr @mqa_info_data, ptr @mqa_tile, i32 1, i32 16, i32 16, i32 256 }, align 8

; Function Attrs: nounwind
define internal void @mqa_tile(ptr %0, ptr %1) #0 {
entry:
  %lv = alloca <16 x float>, align 64
  %mv = alloca <16 x float>, align 64
  %lims = alloca [16 x i32], align 64
  %rowbuf = alloca [4 x <16 x float>], align 64
  %ot = alloca [4096 x i8], align 64
  %st = alloca [7680 x i8], align 64
  %vbuf = alloca [27648 x i8], align 64
  %kbuf = alloca [30720 x i8], align 64
  %qt = alloca [4096 x i8], align 64
  %ls = alloca [16 x float], align 64
  %ms = alloca [16 x float], align 64
  %q_row0 = load i64, ptr %1, align 4
  %2 = getelementptr i8, ptr %1, i64 8
  %seq = load i32, ptr %2, align 4
  %3 = getelementptr i8, ptr %1, i64 12
  %kv_head = load i32, ptr %3, align 4
  %4 = getelementptr i8, ptr %1, i64 16
  %h_begin = load i32, ptr %4, align 4
  %5 = getelementptr i8, ptr %1, i64 20
  %h_end = load i32, ptr %5, align 4
  %nh = sub i32 %h_end, %h_begin
  %6 = getelementptr i8, ptr %1, i64 24
  %q_begin = load i32, ptr %6, align 4
  %7 = getelementptr i8, ptr %1, i64 28
  %q_end = load i32, ptr %7, align 4
  %8 = sub i32 %q_end, %q_begin
  %nrows = mul i32 %8, %nh
  %9 = getelementptr i8, ptr %1, i64 32
  %10 = getelementptr i8, ptr %1, i64 36
  %k_begin = load i32, ptr %10, align 4
  %11 = getelementptr i8, ptr %1, i64 40
  %k_end = load i32, ptr %11, align 4
  %12 = getelementptr i8, ptr %1, i64 48
  %part = load ptr, ptr %12, align 8
  %13 = getelementptr i8, ptr %0, i64 32
  %q = load ptr, ptr %13, align 8
  %14 = getelementptr i8, ptr %0, i64 40
  %out = load ptr, ptr %14, align 8
  %15 = getelementptr i8, ptr %0, i64 48
  %16 = getelementptr i8, ptr %0, i64 56
  %k_cache = load ptr, ptr %16, align 8
  %17 = sext i32 %seq to i64
  %18 = sext i32 %kv_head to i64
  %19 = add i64 %17, %18
  %20 = mul i64 %19, 4096
  %21 = mul i64 %20, 128
  %22 = getelementptr i8, ptr %k_cache, i64 %21
  %23 = getelementptr i8, ptr %0, i64 64
  %v_cache = load ptr, ptr %23, align 8
  %24 = getelementptr i8, ptr %v_cache, i64 %21
  %25 = icmp sgt i32 %nrows, 0
  br i1 %25, label %qrow, label %done

done:                                             ; preds = %orow121, %entry
  ret void

qrow:                                             ; preds = %entry, %exit8
  %qrow1 = phi i32 [ %64, %exit8 ], [ 0, %entry ]
  %26 = icmp slt i32 %qrow1, 16
  br i1 %26, label %body, label %otzero

body:                                             ; preds = %qrow
  %27 = icmp slt i32 %qrow1, %nrows
  %28 = sub i32 %nrows, 1
  %29 = call i32 @llvm.smin.i32(i32 %qrow1, i32 %28)
  %30 = sdiv i32 %29, %nh
  %qi = add i32 %q_begin, %30
  %31 = srem i32 %29, %nh
  %h = add i32 %h_begin, %31
  %32 = mul i32 %kv_head, 16
  %hq = add i32 %32, %h
  %33 = sext i32 %qi to i64
  %34 = add i64 %q_row0, %33
  %35 = mul i64 %34, 16
  %36 = sext i32 %hq to i64
  %orow = add i64 %35, %36
  %37 = mul i64 %orow, 256
  %38 = getelementptr i8, ptr %q, i64 %37
  %39 = select i1 %27, float 0x3FC7154760000000, float 0.000000e+00
  %40 = insertelement <16 x float> poison, float %39, i32 0
  %splat = shufflevector <16 x float> %40, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk

chunk:                                            ; preds = %body2, %body
  %chunk5 = phi i64 [ 0, %body ], [ %47, %body2 ]
  %41 = icmp slt i64 %chunk5, 4
  br i1 %41, label %body2, label %exit4

body2:                                            ; preds = %chunk
  %42 = mul i64 %chunk5, 64
  %43 = getelementptr i8, ptr %38, i64 %42
  %44 = load <16 x float>, ptr %43, align 4
  %45 = fmul <16 x float> %44, %splat
  %46 = getelementptr <16 x float>, ptr %rowbuf, i64 %chunk5
  store <16 x float> %45, ptr %46, align 64
  %47 = add nsw i64 %chunk5, 1
  br label %chunk

exit4:                                            ; preds = %chunk
  %48 = sext i32 %qrow1 to i64
  %49 = getelementptr i32, ptr %lims, i64 %48
  store i32 %k_end, ptr %49, align 4
  %50 = sdiv i32 %qrow1, 16
  %51 = sext i32 %50 to i64
  %52 = mul i64 %51, 1024
  %53 = getelementptr i32, ptr %qt, i64 %52
  %54 = srem i32 %qrow1, 16
  br label %qcol

qcol:                                             ; preds = %body6, %exit4
  %qcol9 = phi i32 [ 0, %exit4 ], [ %63, %body6 ]
  %55 = icmp slt i32 %qcol9, 64
  br i1 %55, label %body6, label %exit8

body6:                                            ; preds = %qcol
  %56 = sext i32 %qcol9 to i64
  %57 = getelementptr i32, ptr %rowbuf, i64 %56
  %58 = load float, ptr %57, align 4
  %59 = sext i32 %54 to i64
  %60 = mul i64 %56, 16
  %61 = add i64 %60, %59
  %62 = getelementptr i32, ptr %53, i64 %61
  store float %58, ptr %62, align 4
  %63 = add nsw i32 %qcol9, 1
  br label %qcol

exit8:                                            ; preds = %qcol
  %64 = add nsw i32 %qrow1, 1
  br label %qrow

otzero:                                           ; preds = %qrow, %body10
  %otzero13 = phi i32 [ %69, %body10 ], [ 0, %qrow ]
  %65 = icmp slt i32 %otzero13, 64
  br i1 %65, label %body10, label %exit12

body10:                                           ; preds = %otzero
  %66 = sext i32 %otzero13 to i64
  %67 = mul i64 %66, 16
  %68 = getelementptr i32, ptr %ot, i64 %67
  store <16 x float> zeroinitializer, ptr %68, align 64
  %69 = add nsw i32 %otzero13, 1
  br label %otzero

exit12:                                           ; preds = %otzero
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %mv, align 64
  store <16 x float> zeroinitializer, ptr %lv, align 64
  %k_last = sub i32 %k_end, 1
  br label %ktile

ktile:                                            ; preds = %exit35, %exit12
  %ktile17 = phi i32 [ %k_begin, %exit12 ], [ %148, %exit35 ]
  %70 = icmp slt i32 %ktile17, %k_end
  br i1 %70, label %body14, label %exit16

body14:                                           ; preds = %ktile
  %71 = sub i32 %k_end, %ktile17
  %72 = call i32 @llvm.smin.i32(i32 108, i32 %71)
  %73 = add i32 %72, 11
  %74 = sdiv i32 %73, 12
  %75 = mul i32 %74, 12
  br label %kpack

exit16:                                           ; preds = %ktile
  %76 = load <16 x float>, ptr %mv, align 64
  store <16 x float> %76, ptr %ms, align 64
  %77 = load <16 x float>, ptr %lv, align 64
  store <16 x float> %77, ptr %ls, align 64
  br label %orow121

kpack:                                            ; preds = %body18, %body14
  %kpack21 = phi i32 [ 0, %body14 ], [ %108, %body18 ]
  %78 = icmp slt i32 %kpack21, %75
  br i1 %78, label %body18, label %exit20

body18:                                           ; preds = %kpack
  %79 = add i32 %ktile17, %kpack21
  %80 = call i32 @llvm.smin.i32(i32 %79, i32 %k_last)
  %81 = sext i32 %80 to i64
  %82 = mul i64 %81, 128
  %83 = getelementptr i8, ptr %22, i64 %82
  %84 = load <16 x i16>, ptr %83, align 2
  %85 = zext <16 x i16> %84 to <16 x i32>
  %86 = shl <16 x i32> %85, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16 = bitcast <16 x i32> %86 to <16 x float>
  %87 = sext i32 %kpack21 to i64
  %88 = mul i64 %87, 64
  %89 = getelementptr i32, ptr %kbuf, i64 %88
  store <16 x float> %bf16, ptr %89, align 64
  %90 = getelementptr i8, ptr %83, i64 32
  %91 = load <16 x i16>, ptr %90, align 2
  %92 = zext <16 x i16> %91 to <16 x i32>
  %93 = shl <16 x i32> %92, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1622 = bitcast <16 x i32> %93 to <16 x float>
  %94 = add i64 %88, 16
  %95 = getelementptr i32, ptr %kbuf, i64 %94
  store <16 x float> %bf1622, ptr %95, align 64
  %96 = getelementptr i8, ptr %83, i64 64
  %97 = load <16 x i16>, ptr %96, align 2
  %98 = zext <16 x i16> %97 to <16 x i32>
  %99 = shl <16 x i32> %98, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1623 = bitcast <16 x i32> %99 to <16 x float>
  %100 = add i64 %88, 32
  %101 = getelementptr i32, ptr %kbuf, i64 %100
  store <16 x float> %bf1623, ptr %101, align 64
  %102 = getelementptr i8, ptr %83, i64 96
  %103 = load <16 x i16>, ptr %102, align 2
  %104 = zext <16 x i16> %103 to <16 x i32>
  %105 = shl <16 x i32> %104, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1624 = bitcast <16 x i32> %105 to <16 x float>
  %106 = add i64 %88, 48
  %107 = getelementptr i32, ptr %kbuf, i64 %106
  store <16 x float> %bf1624, ptr %107, align 64
  %108 = add nsw i32 %kpack21, 1
  br label %kpack

exit20:                                           ; preds = %kpack
  %109 = sext i32 %ktile17 to i64
  %110 = mul i64 %109, 128
  br label %vpack

vpack:                                            ; preds = %body25, %exit20
  %vpack28 = phi i32 [ 0, %exit20 ], [ %140, %body25 ]
  %111 = icmp slt i32 %vpack28, %72
  br i1 %111, label %body25, label %exit27

body25:                                           ; preds = %vpack
  %112 = add i32 %ktile17, %vpack28
  %113 = sext i32 %112 to i64
  %114 = mul i64 %113, 128
  %115 = getelementptr i8, ptr %24, i64 %114
  %116 = load <16 x i16>, ptr %115, align 2
  %117 = zext <16 x i16> %116 to <16 x i32>
  %118 = shl <16 x i32> %117, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1629 = bitcast <16 x i32> %118 to <16 x float>
  %119 = sext i32 %vpack28 to i64
  %120 = mul i64 %119, 64
  %121 = getelementptr i32, ptr %vbuf, i64 %120
  store <16 x float> %bf1629, ptr %121, align 64
  %122 = getelementptr i8, ptr %115, i64 32
  %123 = load <16 x i16>, ptr %122, align 2
  %124 = zext <16 x i16> %123 to <16 x i32>
  %125 = shl <16 x i32> %124, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1630 = bitcast <16 x i32> %125 to <16 x float>
  %126 = add i64 %120, 16
  %127 = getelementptr i32, ptr %vbuf, i64 %126
  store <16 x float> %bf1630, ptr %127, align 64
  %128 = getelementptr i8, ptr %115, i64 64
  %129 = load <16 x i16>, ptr %128, align 2
  %130 = zext <16 x i16> %129 to <16 x i32>
  %131 = shl <16 x i32> %130, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1631 = bitcast <16 x i32> %131 to <16 x float>
  %132 = add i64 %120, 32
  %133 = getelementptr i32, ptr %vbuf, i64 %132
  store <16 x float> %bf1631, ptr %133, align 64
  %134 = getelementptr i8, ptr %115, i64 96
  %135 = load <16 x i16>, ptr %134, align 2
  %136 = zext <16 x i16> %135 to <16 x i32>
  %137 = shl <16 x i32> %136, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1632 = bitcast <16 x i32> %137 to <16 x float>
  %138 = add i64 %120, 48
  %139 = getelementptr i32, ptr %vbuf, i64 %138
  store <16 x float> %bf1632, ptr %139, align 64
  %140 = add nsw i32 %vpack28, 1
  br label %vpack

exit27:                                           ; preds = %vpack
  %141 = add i32 %nrows, 15
  %nblk = sdiv i32 %141, 16
  br label %rblock

rblock:                                           ; preds = %join, %exit27
  %rblock36 = phi i32 [ 0, %exit27 ], [ %156, %join ]
  %142 = icmp slt i32 %rblock36, %nblk
  br i1 %142, label %body33, label %exit35

body33:                                           ; preds = %rblock
  %143 = sext i32 %rblock36 to i64
  %144 = mul i32 %rblock36, 16
  %145 = add i32 %144, 15
  %146 = sub i32 %nrows, 1
  %147 = icmp sgt i32 %72, 0
  br i1 %147, label %rvisit, label %join

exit35:                                           ; preds = %rblock
  %148 = add nsw i32 %ktile17, 108
  br label %ktile

rvisit:                                           ; preds = %body33
  %149 = mul i64 %143, 1024
  %150 = getelementptr i32, ptr %qt, i64 %149
  %151 = getelementptr i32, ptr %ot, i64 %149
  %152 = getelementptr <16 x float>, ptr %mv, i64 %143
  %153 = getelementptr <16 x float>, ptr %lv, i64 %143
  %154 = mul i64 %143, 16
  %155 = getelementptr i32, ptr %lims, i64 %154
  %limv = load <16 x i32>, ptr %155, align 64
  br label %sblock

join:                                             ; preds = %pvblock, %body33
  %156 = add nsw i32 %rblock36, 1
  br label %rblock

sblock:                                           ; preds = %exit43, %rvisit
  %sblock40 = phi i32 [ 0, %rvisit ], [ %215, %exit43 ]
  %157 = icmp slt i32 %sblock40, %72
  br i1 %157, label %body37, label %smask

body37:                                           ; preds = %sblock
  %158 = sext i32 %sblock40 to i64
  %159 = mul i64 %158, 64
  %160 = getelementptr i32, ptr %kbuf, i64 %159
  br label %sdim

sdim:                                             ; preds = %body41, %body37
  %sacc.sroa.44.0 = phi <16 x float> [ zeroinitializer, %body37 ], [ %200, %body41 ]
  %sacc.sroa.40.0 = phi <16 x float> [ zeroinitializer, %body37 ], [ %197, %body41 ]
  %sacc.sroa.36.0 = phi <16 x float> [ zeroinitializer, %body37 ], [ %194, %body41 ]
  %sacc.sroa.32.0 = phi <16 x float> [ zeroinitializer, %body37 ], [ %191, %body41 ]
  %sacc.sroa.28.0 = phi <16 x float> [ zeroinitializer, %body37 ], [ %188, %body41 ]
  %sacc.sroa.24.0 = phi <16 x float> [ zeroinitializer, %body37 ], [ %185, %body41 ]
  %sacc.sroa.20.0 = phi <16 x float> [ zeroinitializer, %body37 ], [ %182, %body41 ]
  %sacc.sroa.16.0 = phi <16 x float> [ zeroinitializer, %body37 ], [ %179, %body41 ]
  %sacc.sroa.12.0 = phi <16 x float> [ zeroinitializer, %body37 ], [ %176, %body41 ]
  %sacc.sroa.8.0 = phi <16 x float> [ zeroinitializer, %body37 ], [ %173, %body41 ]
  %sacc.sroa.4.0 = phi <16 x float> [ zeroinitializer, %body37 ], [ %170, %body41 ]
  %sacc.sroa.0.0 = phi <16 x float> [ zeroinitializer, %body37 ], [ %167, %body41 ]
  %sdim44 = phi i32 [ 0, %body37 ], [ %201, %body41 ]
  %161 = icmp slt i32 %sdim44, 64
  br i1 %161, label %body41, label %exit43

body41:                                           ; preds = %sdim
  %162 = sext i32 %sdim44 to i64
  %163 = mul i64 %162, 16
  %164 = getelementptr i32, ptr %150, i64 %163
  %qt45 = load <16 x float>, ptr %164, align 64
  %165 = getelementptr i32, ptr %160, i64 %162
  %k = load float, ptr %165, align 4
  %166 = insertelement <16 x float> poison, float %k, i32 0
  %splat46 = shufflevector <16 x float> %166, <16 x float> poison, <16 x i32> zeroinitializer
  %167 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt45, <16 x float> %splat46, <16 x float> %sacc.sroa.0.0)
  %168 = getelementptr i32, ptr %165, i64 64
  %k47 = load float, ptr %168, align 4
  %169 = insertelement <16 x float> poison, float %k47, i32 0
  %splat48 = shufflevector <16 x float> %169, <16 x float> poison, <16 x i32> zeroinitializer
  %170 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt45, <16 x float> %splat48, <16 x float> %sacc.sroa.4.0)
  %171 = getelementptr i32, ptr %165, i64 128
  %k49 = load float, ptr %171, align 4
  %172 = insertelement <16 x float> poison, float %k49, i32 0
  %splat50 = shufflevector <16 x float> %172, <16 x float> poison, <16 x i32> zeroinitializer
  %173 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt45, <16 x float> %splat50, <16 x float> %sacc.sroa.8.0)
  %174 = getelementptr i32, ptr %165, i64 192
  %k51 = load float, ptr %174, align 4
  %175 = insertelement <16 x float> poison, float %k51, i32 0
  %splat52 = shufflevector <16 x float> %175, <16 x float> poison, <16 x i32> zeroinitializer
  %176 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt45, <16 x float> %splat52, <16 x float> %sacc.sroa.12.0)
  %177 = getelementptr i32, ptr %165, i64 256
  %k53 = load float, ptr %177, align 4
  %178 = insertelement <16 x float> poison, float %k53, i32 0
  %splat54 = shufflevector <16 x float> %178, <16 x float> poison, <16 x i32> zeroinitializer
  %179 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt45, <16 x float> %splat54, <16 x float> %sacc.sroa.16.0)
  %180 = getelementptr i32, ptr %165, i64 320
  %k55 = load float, ptr %180, align 4
  %181 = insertelement <16 x float> poison, float %k55, i32 0
  %splat56 = shufflevector <16 x float> %181, <16 x float> poison, <16 x i32> zeroinitializer
  %182 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt45, <16 x float> %splat56, <16 x float> %sacc.sroa.20.0)
  %183 = getelementptr i32, ptr %165, i64 384
  %k57 = load float, ptr %183, align 4
  %184 = insertelement <16 x float> poison, float %k57, i32 0
  %splat58 = shufflevector <16 x float> %184, <16 x float> poison, <16 x i32> zeroinitializer
  %185 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt45, <16 x float> %splat58, <16 x float> %sacc.sroa.24.0)
  %186 = getelementptr i32, ptr %165, i64 448
  %k59 = load float, ptr %186, align 4
  %187 = insertelement <16 x float> poison, float %k59, i32 0
  %splat60 = shufflevector <16 x float> %187, <16 x float> poison, <16 x i32> zeroinitializer
  %188 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt45, <16 x float> %splat60, <16 x float> %sacc.sroa.28.0)
  %189 = getelementptr i32, ptr %165, i64 512
  %k61 = load float, ptr %189, align 4
  %190 = insertelement <16 x float> poison, float %k61, i32 0
  %splat62 = shufflevector <16 x float> %190, <16 x float> poison, <16 x i32> zeroinitializer
  %191 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt45, <16 x float> %splat62, <16 x float> %sacc.sroa.32.0)
  %192 = getelementptr i32, ptr %165, i64 576
  %k63 = load float, ptr %192, align 4
  %193 = insertelement <16 x float> poison, float %k63, i32 0
  %splat64 = shufflevector <16 x float> %193, <16 x float> poison, <16 x i32> zeroinitializer
  %194 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt45, <16 x float> %splat64, <16 x float> %sacc.sroa.36.0)
  %195 = getelementptr i32, ptr %165, i64 640
  %k65 = load float, ptr %195, align 4
  %196 = insertelement <16 x float> poison, float %k65, i32 0
  %splat66 = shufflevector <16 x float> %196, <16 x float> poison, <16 x i32> zeroinitializer
  %197 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt45, <16 x float> %splat66, <16 x float> %sacc.sroa.40.0)
  %198 = getelementptr i32, ptr %165, i64 704
  %k67 = load float, ptr %198, align 4
  %199 = insertelement <16 x float> poison, float %k67, i32 0
  %splat68 = shufflevector <16 x float> %199, <16 x float> poison, <16 x i32> zeroinitializer
  %200 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt45, <16 x float> %splat68, <16 x float> %sacc.sroa.44.0)
  %201 = add nsw i32 %sdim44, 1
  br label %sdim

exit43:                                           ; preds = %sdim
  %202 = mul i64 %158, 16
  %203 = getelementptr i32, ptr %st, i64 %202
  store <16 x float> %sacc.sroa.0.0, ptr %203, align 64
  %204 = getelementptr i32, ptr %203, i64 16
  store <16 x float> %sacc.sroa.4.0, ptr %204, align 64
  %205 = getelementptr i32, ptr %203, i64 32
  store <16 x float> %sacc.sroa.8.0, ptr %205, align 64
  %206 = getelementptr i32, ptr %203, i64 48
  store <16 x float> %sacc.sroa.12.0, ptr %206, align 64
  %207 = getelementptr i32, ptr %203, i64 64
  store <16 x float> %sacc.sroa.16.0, ptr %207, align 64
  %208 = getelementptr i32, ptr %203, i64 80
  store <16 x float> %sacc.sroa.20.0, ptr %208, align 64
  %209 = getelementptr i32, ptr %203, i64 96
  store <16 x float> %sacc.sroa.24.0, ptr %209, align 64
  %210 = getelementptr i32, ptr %203, i64 112
  store <16 x float> %sacc.sroa.28.0, ptr %210, align 64
  %211 = getelementptr i32, ptr %203, i64 128
  store <16 x float> %sacc.sroa.32.0, ptr %211, align 64
  %212 = getelementptr i32, ptr %203, i64 144
  store <16 x float> %sacc.sroa.36.0, ptr %212, align 64
  %213 = getelementptr i32, ptr %203, i64 160
  store <16 x float> %sacc.sroa.40.0, ptr %213, align 64
  %214 = getelementptr i32, ptr %203, i64 176
  store <16 x float> %sacc.sroa.44.0, ptr %214, align 64
  %215 = add nsw i32 %sblock40, 12
  br label %sblock

smask:                                            ; preds = %sblock, %body69
  %tmax.0 = phi <16 x float> [ %224, %body69 ], [ <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, %sblock ]
  %smask72 = phi i32 [ %225, %body69 ], [ 0, %sblock ]
  %216 = icmp slt i32 %smask72, %72
  br i1 %216, label %body69, label %exit71

body69:                                           ; preds = %smask
  %217 = add i32 %ktile17, %smask72
  %218 = insertelement <16 x i32> poison, i32 %217, i32 0
  %splat73 = shufflevector <16 x i32> %218, <16 x i32> poison, <16 x i32> zeroinitializer
  %219 = sext i32 %smask72 to i64
  %220 = mul i64 %219, 16
  %221 = getelementptr i32, ptr %st, i64 %220
  %s = load <16 x float>, ptr %221, align 64
  %222 = icmp slt <16 x i32> %splat73, %limv
  %223 = select <16 x i1> %222, <16 x float> %s, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  store <16 x float> %223, ptr %221, align 64
  %224 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %tmax.0, <16 x float> %223)
  %225 = add nsw i32 %smask72, 1
  br label %smask

exit71:                                           ; preds = %smask
  %m = load <16 x float>, ptr %152, align 64
  %226 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %m, <16 x float> %tmax.0)
  %227 = fcmp oeq <16 x float> %226, <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %muse74 = select <16 x i1> %227, <16 x float> zeroinitializer, <16 x float> %226
  %228 = fsub <16 x float> %m, %muse74
  %229 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %228, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %230 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %229, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %231 = fadd <16 x float> %230, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n = fsub <16 x float> %231, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f = fsub <16 x float> %230, %n
  %232 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %233 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %232, <16 x float> %f, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %234 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %233, <16 x float> %f, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %235 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %234, <16 x float> %f, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %236 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %235, <16 x float> %f, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %237 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %236, <16 x float> %f, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %238 = fptosi <16 x float> %n to <16 x i32>
  %239 = add <16 x i32> %238, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %240 = shl <16 x i32> %239, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %241 = bitcast <16 x i32> %240 to <16 x float>
  %exp2 = fmul <16 x float> %237, %241
  store <16 x float> %226, ptr %152, align 64
  br label %sexp

sexp:                                             ; preds = %body75, %exit71
  %lsum.0 = phi <16 x float> [ zeroinitializer, %exit71 ], [ %261, %body75 ]
  %sexp78 = phi i32 [ 0, %exit71 ], [ %262, %body75 ]
  %242 = icmp slt i32 %sexp78, %72
  br i1 %242, label %body75, label %exit77

body75:                                           ; preds = %sexp
  %243 = sext i32 %sexp78 to i64
  %244 = mul i64 %243, 16
  %245 = getelementptr i32, ptr %st, i64 %244
  %246 = load <16 x float>, ptr %245, align 64
  %247 = fsub <16 x float> %246, %muse74
  %248 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %247, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %249 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %248, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %250 = fadd <16 x float> %249, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n79 = fsub <16 x float> %250, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f80 = fsub <16 x float> %249, %n79
  %251 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f80, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %252 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %251, <16 x float> %f80, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %253 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %252, <16 x float> %f80, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %254 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %253, <16 x float> %f80, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %255 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %254, <16 x float> %f80, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %256 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %255, <16 x float> %f80, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %257 = fptosi <16 x float> %n79 to <16 x i32>
  %258 = add <16 x i32> %257, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %259 = shl <16 x i32> %258, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %260 = bitcast <16 x i32> %259 to <16 x float>
  %exp281 = fmul <16 x float> %256, %260
  store <16 x float> %exp281, ptr %245, align 64
  %261 = fadd <16 x float> %lsum.0, %exp281
  %262 = add nsw i32 %sexp78, 1
  br label %sexp

exit77:                                           ; preds = %sexp
  %263 = load <16 x float>, ptr %153, align 64
  %264 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %263, <16 x float> %exp2, <16 x float> %lsum.0)
  store <16 x float> %264, ptr %153, align 64
  br label %pvblock

pvblock:                                          ; preds = %exit88, %exit77
  %pvblock85 = phi i32 [ 0, %exit77 ], [ %372, %exit88 ]
  %265 = icmp slt i32 %pvblock85, 4
  br i1 %265, label %body82, label %join

body82:                                           ; preds = %pvblock
  %266 = mul i32 %pvblock85, 16
  %267 = sext i32 %266 to i64
  %268 = mul i64 %267, 16
  %269 = getelementptr i32, ptr %151, i64 %268
  %270 = load <16 x float>, ptr %269, align 64
  %271 = fmul <16 x float> %270, %exp2
  %272 = getelementptr i32, ptr %269, i64 16
  %273 = load <16 x float>, ptr %272, align 64
  %274 = fmul <16 x float> %273, %exp2
  %275 = getelementptr i32, ptr %269, i64 32
  %276 = load <16 x float>, ptr %275, align 64
  %277 = fmul <16 x float> %276, %exp2
  %278 = getelementptr i32, ptr %269, i64 48
  %279 = load <16 x float>, ptr %278, align 64
  %280 = fmul <16 x float> %279, %exp2
  %281 = getelementptr i32, ptr %269, i64 64
  %282 = load <16 x float>, ptr %281, align 64
  %283 = fmul <16 x float> %282, %exp2
  %284 = getelementptr i32, ptr %269, i64 80
  %285 = load <16 x float>, ptr %284, align 64
  %286 = fmul <16 x float> %285, %exp2
  %287 = getelementptr i32, ptr %269, i64 96
  %288 = load <16 x float>, ptr %287, align 64
  %289 = fmul <16 x float> %288, %exp2
  %290 = getelementptr i32, ptr %269, i64 112
  %291 = load <16 x float>, ptr %290, align 64
  %292 = fmul <16 x float> %291, %exp2
  %293 = getelementptr i32, ptr %269, i64 128
  %294 = load <16 x float>, ptr %293, align 64
  %295 = fmul <16 x float> %294, %exp2
  %296 = getelementptr i32, ptr %269, i64 144
  %297 = load <16 x float>, ptr %296, align 64
  %298 = fmul <16 x float> %297, %exp2
  %299 = getelementptr i32, ptr %269, i64 160
  %300 = load <16 x float>, ptr %299, align 64
  %301 = fmul <16 x float> %300, %exp2
  %302 = getelementptr i32, ptr %269, i64 176
  %303 = load <16 x float>, ptr %302, align 64
  %304 = fmul <16 x float> %303, %exp2
  %305 = getelementptr i32, ptr %269, i64 192
  %306 = load <16 x float>, ptr %305, align 64
  %307 = fmul <16 x float> %306, %exp2
  %308 = getelementptr i32, ptr %269, i64 208
  %309 = load <16 x float>, ptr %308, align 64
  %310 = fmul <16 x float> %309, %exp2
  %311 = getelementptr i32, ptr %269, i64 224
  %312 = load <16 x float>, ptr %311, align 64
  %313 = fmul <16 x float> %312, %exp2
  %314 = getelementptr i32, ptr %269, i64 240
  %315 = load <16 x float>, ptr %314, align 64
  %316 = fmul <16 x float> %315, %exp2
  br label %kpv

kpv:                                              ; preds = %body86, %body82
  %o.sroa.52.0 = phi <16 x float> [ %310, %body82 ], [ %364, %body86 ]
  %o.sroa.48.0 = phi <16 x float> [ %307, %body82 ], [ %361, %body86 ]
  %o.sroa.44.0 = phi <16 x float> [ %304, %body82 ], [ %358, %body86 ]
  %o.sroa.40.0 = phi <16 x float> [ %301, %body82 ], [ %355, %body86 ]
  %o.sroa.36.0 = phi <16 x float> [ %298, %body82 ], [ %352, %body86 ]
  %o.sroa.32.0 = phi <16 x float> [ %295, %body82 ], [ %349, %body86 ]
  %o.sroa.28.0 = phi <16 x float> [ %292, %body82 ], [ %346, %body86 ]
  %o.sroa.24.0 = phi <16 x float> [ %289, %body82 ], [ %343, %body86 ]
  %o.sroa.20.0 = phi <16 x float> [ %286, %body82 ], [ %340, %body86 ]
  %o.sroa.16.0 = phi <16 x float> [ %283, %body82 ], [ %337, %body86 ]
  %o.sroa.12.0 = phi <16 x float> [ %280, %body82 ], [ %334, %body86 ]
  %o.sroa.8.0 = phi <16 x float> [ %277, %body82 ], [ %331, %body86 ]
  %o.sroa.4.0 = phi <16 x float> [ %274, %body82 ], [ %328, %body86 ]
  %o.sroa.0.0 = phi <16 x float> [ %271, %body82 ], [ %325, %body86 ]
  %o.sroa.56.0 = phi <16 x float> [ %313, %body82 ], [ %367, %body86 ]
  %o.sroa.60.0 = phi <16 x float> [ %316, %body82 ], [ %370, %body86 ]
  %kpv89 = phi i32 [ 0, %body82 ], [ %371, %body86 ]
  %317 = icmp slt i32 %kpv89, %72
  br i1 %317, label %body86, label %exit88

body86:                                           ; preds = %kpv
  %318 = sext i32 %kpv89 to i64
  %319 = mul i64 %318, 16
  %320 = getelementptr i32, ptr %st, i64 %319
  %p = load <16 x float>, ptr %320, align 64
  %321 = mul i64 %318, 256
  %322 = getelementptr i8, ptr %vbuf, i64 %321
  %323 = getelementptr i32, ptr %322, i64 %267
  %v = load float, ptr %323, align 4
  %324 = insertelement <16 x float> poison, float %v, i32 0
  %splat90 = shufflevector <16 x float> %324, <16 x float> poison, <16 x i32> zeroinitializer
  %325 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat90, <16 x float> %o.sroa.0.0)
  %326 = getelementptr i32, ptr %323, i64 1
  %v91 = load float, ptr %326, align 4
  %327 = insertelement <16 x float> poison, float %v91, i32 0
  %splat92 = shufflevector <16 x float> %327, <16 x float> poison, <16 x i32> zeroinitializer
  %328 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat92, <16 x float> %o.sroa.4.0)
  %329 = getelementptr i32, ptr %323, i64 2
  %v93 = load float, ptr %329, align 4
  %330 = insertelement <16 x float> poison, float %v93, i32 0
  %splat94 = shufflevector <16 x float> %330, <16 x float> poison, <16 x i32> zeroinitializer
  %331 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat94, <16 x float> %o.sroa.8.0)
  %332 = getelementptr i32, ptr %323, i64 3
  %v95 = load float, ptr %332, align 4
  %333 = insertelement <16 x float> poison, float %v95, i32 0
  %splat96 = shufflevector <16 x float> %333, <16 x float> poison, <16 x i32> zeroinitializer
  %334 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat96, <16 x float> %o.sroa.12.0)
  %335 = getelementptr i32, ptr %323, i64 4
  %v97 = load float, ptr %335, align 4
  %336 = insertelement <16 x float> poison, float %v97, i32 0
  %splat98 = shufflevector <16 x float> %336, <16 x float> poison, <16 x i32> zeroinitializer
  %337 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat98, <16 x float> %o.sroa.16.0)
  %338 = getelementptr i32, ptr %323, i64 5
  %v99 = load float, ptr %338, align 4
  %339 = insertelement <16 x float> poison, float %v99, i32 0
  %splat100 = shufflevector <16 x float> %339, <16 x float> poison, <16 x i32> zeroinitializer
  %340 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat100, <16 x float> %o.sroa.20.0)
  %341 = getelementptr i32, ptr %323, i64 6
  %v101 = load float, ptr %341, align 4
  %342 = insertelement <16 x float> poison, float %v101, i32 0
  %splat102 = shufflevector <16 x float> %342, <16 x float> poison, <16 x i32> zeroinitializer
  %343 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat102, <16 x float> %o.sroa.24.0)
  %344 = getelementptr i32, ptr %323, i64 7
  %v103 = load float, ptr %344, align 4
  %345 = insertelement <16 x float> poison, float %v103, i32 0
  %splat104 = shufflevector <16 x float> %345, <16 x float> poison, <16 x i32> zeroinitializer
  %346 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat104, <16 x float> %o.sroa.28.0)
  %347 = getelementptr i32, ptr %323, i64 8
  %v105 = load float, ptr %347, align 4
  %348 = insertelement <16 x float> poison, float %v105, i32 0
  %splat106 = shufflevector <16 x float> %348, <16 x float> poison, <16 x i32> zeroinitializer
  %349 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat106, <16 x float> %o.sroa.32.0)
  %350 = getelementptr i32, ptr %323, i64 9
  %v107 = load float, ptr %350, align 4
  %351 = insertelement <16 x float> poison, float %v107, i32 0
  %splat108 = shufflevector <16 x float> %351, <16 x float> poison, <16 x i32> zeroinitializer
  %352 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat108, <16 x float> %o.sroa.36.0)
  %353 = getelementptr i32, ptr %323, i64 10
  %v109 = load float, ptr %353, align 4
  %354 = insertelement <16 x float> poison, float %v109, i32 0
  %splat110 = shufflevector <16 x float> %354, <16 x float> poison, <16 x i32> zeroinitializer
  %355 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat110, <16 x float> %o.sroa.40.0)
  %356 = getelementptr i32, ptr %323, i64 11
  %v111 = load float, ptr %356, align 4
  %357 = insertelement <16 x float> poison, float %v111, i32 0
  %splat112 = shufflevector <16 x float> %357, <16 x float> poison, <16 x i32> zeroinitializer
  %358 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat112, <16 x float> %o.sroa.44.0)
  %359 = getelementptr i32, ptr %323, i64 12
  %v113 = load float, ptr %359, align 4
  %360 = insertelement <16 x float> poison, float %v113, i32 0
  %splat114 = shufflevector <16 x float> %360, <16 x float> poison, <16 x i32> zeroinitializer
  %361 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat114, <16 x float> %o.sroa.48.0)
  %362 = getelementptr i32, ptr %323, i64 13
  %v115 = load float, ptr %362, align 4
  %363 = insertelement <16 x float> poison, float %v115, i32 0
  %splat116 = shufflevector <16 x float> %363, <16 x float> poison, <16 x i32> zeroinitializer
  %364 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat116, <16 x float> %o.sroa.52.0)
  %365 = getelementptr i32, ptr %323, i64 14
  %v117 = load float, ptr %365, align 4
  %366 = insertelement <16 x float> poison, float %v117, i32 0
  %splat118 = shufflevector <16 x float> %366, <16 x float> poison, <16 x i32> zeroinitializer
  %367 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat118, <16 x float> %o.sroa.56.0)
  %368 = getelementptr i32, ptr %323, i64 15
  %v119 = load float, ptr %368, align 4
  %369 = insertelement <16 x float> poison, float %v119, i32 0
  %splat120 = shufflevector <16 x float> %369, <16 x float> poison, <16 x i32> zeroinitializer
  %370 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat120, <16 x float> %o.sroa.60.0)
  %371 = add nsw i32 %kpv89, 1
  br label %kpv

exit88:                                           ; preds = %kpv
  store <16 x float> %o.sroa.0.0, ptr %269, align 64
  store <16 x float> %o.sroa.4.0, ptr %272, align 64
  store <16 x float> %o.sroa.8.0, ptr %275, align 64
  store <16 x float> %o.sroa.12.0, ptr %278, align 64
  store <16 x float> %o.sroa.16.0, ptr %281, align 64
  store <16 x float> %o.sroa.20.0, ptr %284, align 64
  store <16 x float> %o.sroa.24.0, ptr %287, align 64
  store <16 x float> %o.sroa.28.0, ptr %290, align 64
  store <16 x float> %o.sroa.32.0, ptr %293, align 64
  store <16 x float> %o.sroa.36.0, ptr %296, align 64
  store <16 x float> %o.sroa.40.0, ptr %299, align 64
  store <16 x float> %o.sroa.44.0, ptr %302, align 64
  store <16 x float> %o.sroa.48.0, ptr %305, align 64
  store <16 x float> %o.sroa.52.0, ptr %308, align 64
  store <16 x float> %o.sroa.56.0, ptr %311, align 64
  store <16 x float> %o.sroa.60.0, ptr %314, align 64
  %372 = add nsw i32 %pvblock85, 1
  br label %pvblock

orow121:                                          ; preds = %written, %exit16
  %orow125 = phi i32 [ 0, %exit16 ], [ %408, %written ]
  %373 = icmp slt i32 %orow125, %nrows
  br i1 %373, label %body122, label %done

body122:                                          ; preds = %orow121
  %374 = sext i32 %orow125 to i64
  %375 = getelementptr float, ptr %ms, i64 %374
  %m126 = load float, ptr %375, align 4
  %376 = getelementptr float, ptr %ls, i64 %374
  %l = load float, ptr %376, align 4
  %377 = sdiv i32 %orow125, 16
  %378 = srem i32 %orow125, 16
  %379 = sext i32 %377 to i64
  %380 = mul i64 %379, 1024
  %381 = getelementptr i32, ptr %ot, i64 %380
  br label %otrow

otrow:                                            ; preds = %body127, %body122
  %otrow130 = phi i32 [ 0, %body122 ], [ %390, %body127 ]
  %382 = icmp slt i32 %otrow130, 64
  br i1 %382, label %body127, label %exit129

body127:                                          ; preds = %otrow
  %383 = sext i32 %378 to i64
  %384 = sext i32 %otrow130 to i64
  %385 = mul i64 %384, 16
  %386 = add i64 %385, %383
  %387 = getelementptr i32, ptr %381, i64 %386
  %388 = load float, ptr %387, align 4
  %389 = getelementptr i32, ptr %rowbuf, i64 %384
  store float %388, ptr %389, align 4
  %390 = add nsw i32 %otrow130, 1
  br label %otrow

exit129:                                          ; preds = %otrow
  %391 = icmp ne ptr %part, null
  br i1 %391, label %partial, label %final

partial:                                          ; preds = %exit129
  %392 = sext i32 %nrows to i64
  %393 = mul i64 %374, 64
  %394 = getelementptr float, ptr %part, i64 %393
  br label %chunk131

final:                                            ; preds = %exit129
  %395 = sdiv i32 %orow125, %nh
  %qi136 = add i32 %q_begin, %395
  %396 = srem i32 %orow125, %nh
  %h137 = add i32 %h_begin, %396
  %397 = mul i32 %kv_head, 16
  %hq138 = add i32 %397, %h137
  %398 = sext i32 %qi136 to i64
  %399 = add i64 %q_row0, %398
  %400 = mul i64 %399, 16
  %401 = sext i32 %hq138 to i64
  %orow139 = add i64 %400, %401
  %402 = fcmp oeq float %l, 0.000000e+00
  %403 = fdiv float 1.000000e+00, %l
  %404 = select i1 %402, float 0.000000e+00, float %403
  %405 = mul i64 %orow139, 256
  %406 = getelementptr i8, ptr %out, i64 %405
  %407 = insertelement <16 x float> poison, float %404, i32 0
  %splat140 = shufflevector <16 x float> %407, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk141

written:                                          ; preds = %chunk141, %exit134
  %408 = add nsw i32 %orow125, 1
  br label %orow121

chunk131:                                         ; preds = %body132, %partial
  %chunk135 = phi i64 [ 0, %partial ], [ %414, %body132 ]
  %409 = icmp slt i64 %chunk135, 4
  br i1 %409, label %body132, label %exit134

body132:                                          ; preds = %chunk131
  %410 = getelementptr <16 x float>, ptr %rowbuf, i64 %chunk135
  %411 = load <16 x float>, ptr %410, align 64
  %412 = mul i64 %chunk135, 64
  %413 = getelementptr i8, ptr %394, i64 %412
  store <16 x float> %411, ptr %413, align 4
  %414 = add nsw i64 %chunk135, 1
  br label %chunk131

exit134:                                          ; preds = %chunk131
  %415 = mul i64 %392, 64
  %416 = add i64 %415, %374
  %417 = getelementptr float, ptr %part, i64 %416
  store float %m126, ptr %417, align 4
  %418 = add i64 %416, %392
  %419 = getelementptr float, ptr %part, i64 %418
  store float %l, ptr %419, align 4
  br label %written

chunk141:                                         ; preds = %body142, %final
  %chunk145 = phi i64 [ 0, %final ], [ %426, %body142 ]
  %420 = icmp slt i64 %chunk145, 4
  br i1 %420, label %body142, label %written

body142:                                          ; preds = %chunk141
  %421 = getelementptr <16 x float>, ptr %rowbuf, i64 %chunk145
  %422 = load <16 x float>, ptr %421, align 64
  %423 = fmul <16 x float> %422, %splat140
  %424 = mul i64 %chunk145, 64
  %425 = getelementptr i8, ptr %406, i64 %424
  store <16 x float> %423, ptr %425, align 4
  %426 = add nsw i64 %chunk145, 1
  br label %chunk141
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smin.i32(i32, i32) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.fmuladd.v16f32(<16 x float>, <16 x float>, <16 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.maxnum.v16f32(<16 x float>, <16 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.minnum.v16f32(<16 x float>, <16 x float>) #1

declare i32 @attnrt_run(ptr, ptr)

; Function Attrs: nounwind
define i32 @mqa(ptr %0) #0 {
entry:
  %1 = call i32 @attnrt_run(ptr @mqa_kernel, ptr %0)
  ret i32 %1
}

declare i64 @attnrt_tasks(ptr, ptr)

; Function Attrs: nounwind
define i64 @mqa_tasks(ptr %0) #0 {
entry:
  %1 = call i64 @attnrt_tasks(ptr @mqa_kernel, ptr %0)
  ret i64 %1
}

declare i32 @attnrt_task(ptr, ptr, i64)

; Function Attrs: nounwind
define i32 @mqa_task(ptr %0, i64 %1) #0 {
entry:
  %2 = call i32 @attnrt_task(ptr @mqa_kernel, ptr %0, i64 %1)
  ret i32 %2
}

declare i64 @attnrt_workspace(ptr, ptr)

; Function Attrs: nounwind
define i64 @mqa_workspace(ptr %0) #0 {
entry:
  %1 = call i64 @attnrt_workspace(ptr @mqa_kernel, ptr %0)
  ret i64 %1
}

declare i32 @attnrt_append(ptr, ptr)

; Function Attrs: nounwind
define i32 @mqa_append(ptr %0) #0 {
entry:
  %1 = call i32 @attnrt_append(ptr @mqa_kernel, ptr %0)
  ret i32 %1
}

; Function Attrs: nounwind
define ptr @mqa_info() #0 {
entry:
  ret ptr @mqa_info_data
}

attributes #0 = { nounwind "target-cpu"="x86-64-v4" "target-features"="+avx512f,+evex512,+avx512bw,+avx512vl,+avx2,+fma,+f16c" }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
