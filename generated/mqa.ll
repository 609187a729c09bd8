; ModuleID = 'mqa'
source_filename = "mqa"
target triple = "x86_64-unknown-linux-gnu"

@mqa.name = private unnamed_addr constant [4 x i8] c"mqa\00"
@mqa.spec = private unnamed_addr constant [364 x i8] c"attncc: 1\0Aname: mqa\0Aphase: decode\0Akind: self\0Aheads: {q: 16, kv: 1, dim: 64, v_dim: 64}\0Atypes: {q: f32, cache: bf16, out: f32}\0Ascale: auto\0Acache: {store: kv, layout: contiguous, order: head_major, capacity: 4096, latent_dim: 0, rope_dim: 0, shared_across_layers: false}\0Amask: {causal: false}\0Aoutput: {lse: false}\0Aslim: {order: auto}\0Amodel: {layers: 1, d_model: 0}\0A\00"
@mqa_info_data = internal constant { i32, i32, i64, ptr, ptr, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, float, i32, i32, i32, ptr, i32, i32, i32, i32, float, i32, i32, i32, i32, i32, ptr } { i32 7, i32 1, i64 -4308072378838605464, ptr @mqa.name, ptr @mqa.spec, i32 16, i32 1, i32 64, i32 64, i32 0, i32 2, i32 0, i32 0, i32 0, i32 1, i32 4096, i32 0, i32 0, float 1.250000e-01, i32 0, i32 0, i32 0, ptr null, i32 0, i32 0, i32 0, i32 0, float 0.000000e+00, i32 0, i32 0, i32 0, i32 0, i32 0, ptr null }, align 8
@mqa_kernel = internal constant { ptr, ptr, i32, i32, i32, i32, i32, i32, ptr } { ptr @mqa_info_data, ptr @mqa_tile, i32 1, i32 16, i32 16, i32 256, i32 1, i32 64, ptr null }, align 8

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
  %12 = getelementptr i8, ptr %1, i64 44
  %13 = getelementptr i8, ptr %1, i64 48
  %part = load ptr, ptr %13, align 8
  %14 = getelementptr i8, ptr %0, i64 32
  %q = load ptr, ptr %14, align 8
  %15 = getelementptr i8, ptr %0, i64 40
  %out = load ptr, ptr %15, align 8
  %16 = getelementptr i8, ptr %0, i64 48
  %17 = getelementptr i8, ptr %0, i64 56
  %k_cache = load ptr, ptr %17, align 8
  %18 = sext i32 %seq to i64
  %19 = mul i64 %18, 524288
  %20 = getelementptr i8, ptr %k_cache, i64 %19
  %21 = sext i32 %kv_head to i64
  %22 = mul i64 %21, 4096
  %23 = getelementptr i8, ptr %0, i64 64
  %v_cache = load ptr, ptr %23, align 8
  %24 = getelementptr i8, ptr %v_cache, i64 %19
  %25 = icmp sgt i32 %nrows, 0
  br i1 %25, label %qrow, label %done

done:                                             ; preds = %orow123, %entry
  ret void

qrow:                                             ; preds = %entry, %exit8
  %qrow1 = phi i32 [ %65, %exit8 ], [ 0, %entry ]
  %26 = icmp slt i32 %qrow1, 16
  br i1 %26, label %body, label %otzero

body:                                             ; preds = %qrow
  %27 = icmp slt i32 %qrow1, %nrows
  %28 = sub i32 %nrows, 1
  %29 = call i32 @llvm.smin.i32(i32 %qrow1, i32 %28)
  %30 = sdiv i32 %29, %nh
  %qi = add i32 %q_begin, %30
  %31 = srem i32 %29, %nh
  %32 = add i32 %h_begin, %31
  %33 = mul i32 %kv_head, 16
  %hq = add i32 %33, %32
  %34 = sext i32 %qi to i64
  %35 = add i64 %q_row0, %34
  %36 = mul i64 %35, 16
  %37 = sext i32 %hq to i64
  %orow = add i64 %36, %37
  %38 = mul i64 %orow, 256
  %39 = getelementptr i8, ptr %q, i64 %38
  %40 = select i1 %27, float 0x3FC7154760000000, float 0.000000e+00
  %41 = insertelement <16 x float> poison, float %40, i32 0
  %splat = shufflevector <16 x float> %41, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk

chunk:                                            ; preds = %body2, %body
  %chunk5 = phi i64 [ 0, %body ], [ %48, %body2 ]
  %42 = icmp slt i64 %chunk5, 4
  br i1 %42, label %body2, label %exit4

body2:                                            ; preds = %chunk
  %43 = mul i64 %chunk5, 64
  %44 = getelementptr i8, ptr %39, i64 %43
  %45 = load <16 x float>, ptr %44, align 4
  %46 = fmul <16 x float> %45, %splat
  %47 = getelementptr <16 x float>, ptr %rowbuf, i64 %chunk5
  store <16 x float> %46, ptr %47, align 64
  %48 = add nsw i64 %chunk5, 1
  br label %chunk

exit4:                                            ; preds = %chunk
  %49 = sext i32 %qrow1 to i64
  %50 = getelementptr i32, ptr %lims, i64 %49
  store i32 %k_end, ptr %50, align 4
  %51 = sdiv i32 %qrow1, 16
  %52 = sext i32 %51 to i64
  %53 = mul i64 %52, 1024
  %54 = getelementptr i32, ptr %qt, i64 %53
  %55 = srem i32 %qrow1, 16
  br label %qcol

qcol:                                             ; preds = %body6, %exit4
  %qcol9 = phi i32 [ 0, %exit4 ], [ %64, %body6 ]
  %56 = icmp slt i32 %qcol9, 64
  br i1 %56, label %body6, label %exit8

body6:                                            ; preds = %qcol
  %57 = sext i32 %qcol9 to i64
  %58 = getelementptr i32, ptr %rowbuf, i64 %57
  %59 = load float, ptr %58, align 4
  %60 = sext i32 %55 to i64
  %61 = mul i64 %57, 16
  %62 = add i64 %61, %60
  %63 = getelementptr i32, ptr %54, i64 %62
  store float %59, ptr %63, align 4
  %64 = add nsw i32 %qcol9, 1
  br label %qcol

exit8:                                            ; preds = %qcol
  %65 = add nsw i32 %qrow1, 1
  br label %qrow

otzero:                                           ; preds = %qrow, %body10
  %otzero13 = phi i32 [ %70, %body10 ], [ 0, %qrow ]
  %66 = icmp slt i32 %otzero13, 64
  br i1 %66, label %body10, label %exit12

body10:                                           ; preds = %otzero
  %67 = sext i32 %otzero13 to i64
  %68 = mul i64 %67, 16
  %69 = getelementptr i32, ptr %ot, i64 %68
  store <16 x float> zeroinitializer, ptr %69, align 64
  %70 = add nsw i32 %otzero13, 1
  br label %otzero

exit12:                                           ; preds = %otzero
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %mv, align 64
  store <16 x float> zeroinitializer, ptr %lv, align 64
  %71 = sub i32 %nrows, 1
  %72 = sext i32 %71 to i64
  %73 = getelementptr i32, ptr %lims, i64 %72
  %fact = load i32, ptr %73, align 4
  %k_last = sub i32 %fact, 1
  br label %ktile

ktile:                                            ; preds = %exit36, %exit12
  %ktile17 = phi i32 [ %k_begin, %exit12 ], [ %147, %exit36 ]
  %74 = icmp slt i32 %ktile17, %fact
  br i1 %74, label %body14, label %exit16

body14:                                           ; preds = %ktile
  %75 = sub i32 %fact, %ktile17
  %76 = call i32 @llvm.smin.i32(i32 108, i32 %75)
  %77 = add i32 %76, 11
  %78 = sdiv i32 %77, 12
  %79 = mul i32 %78, 12
  br label %kpack

exit16:                                           ; preds = %ktile
  %80 = load <16 x float>, ptr %mv, align 64
  store <16 x float> %80, ptr %ms, align 64
  %81 = load <16 x float>, ptr %lv, align 64
  store <16 x float> %81, ptr %ls, align 64
  br label %orow123

kpack:                                            ; preds = %body18, %body14
  %kpack21 = phi i32 [ 0, %body14 ], [ %109, %body18 ]
  %82 = icmp slt i32 %kpack21, %79
  br i1 %82, label %body18, label %vpack

body18:                                           ; preds = %kpack
  %83 = add i32 %ktile17, %kpack21
  %84 = call i32 @llvm.smin.i32(i32 %83, i32 %k_last)
  %85 = sext i32 %84 to i64
  %row = add i64 %22, %85
  %86 = mul i64 %row, 128
  %87 = getelementptr i8, ptr %20, i64 %86
  %88 = sext i32 %kpack21 to i64
  %89 = mul i64 %88, 64
  %90 = getelementptr i32, ptr %kbuf, i64 %89
  %91 = load <16 x i16>, ptr %87, align 2
  %92 = zext <16 x i16> %91 to <16 x i32>
  %93 = shl <16 x i32> %92, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16 = bitcast <16 x i32> %93 to <16 x float>
  store <16 x float> %bf16, ptr %90, align 64
  %94 = getelementptr i8, ptr %87, i64 32
  %95 = load <16 x i16>, ptr %94, align 2
  %96 = zext <16 x i16> %95 to <16 x i32>
  %97 = shl <16 x i32> %96, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1622 = bitcast <16 x i32> %97 to <16 x float>
  %98 = getelementptr i8, ptr %90, i64 64
  store <16 x float> %bf1622, ptr %98, align 64
  %99 = getelementptr i8, ptr %87, i64 64
  %100 = load <16 x i16>, ptr %99, align 2
  %101 = zext <16 x i16> %100 to <16 x i32>
  %102 = shl <16 x i32> %101, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1623 = bitcast <16 x i32> %102 to <16 x float>
  %103 = getelementptr i8, ptr %90, i64 128
  store <16 x float> %bf1623, ptr %103, align 64
  %104 = getelementptr i8, ptr %87, i64 96
  %105 = load <16 x i16>, ptr %104, align 2
  %106 = zext <16 x i16> %105 to <16 x i32>
  %107 = shl <16 x i32> %106, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1624 = bitcast <16 x i32> %107 to <16 x float>
  %108 = getelementptr i8, ptr %90, i64 192
  store <16 x float> %bf1624, ptr %108, align 64
  %109 = add nsw i32 %kpack21, 1
  br label %kpack

vpack:                                            ; preds = %kpack, %body25
  %vpack28 = phi i32 [ %136, %body25 ], [ 0, %kpack ]
  %110 = icmp slt i32 %vpack28, %76
  br i1 %110, label %body25, label %exit27

body25:                                           ; preds = %vpack
  %111 = add i32 %ktile17, %vpack28
  %112 = sext i32 %111 to i64
  %row29 = add i64 %22, %112
  %113 = mul i64 %row29, 128
  %114 = getelementptr i8, ptr %24, i64 %113
  %115 = sext i32 %vpack28 to i64
  %116 = mul i64 %115, 64
  %117 = getelementptr i32, ptr %vbuf, i64 %116
  %118 = load <16 x i16>, ptr %114, align 2
  %119 = zext <16 x i16> %118 to <16 x i32>
  %120 = shl <16 x i32> %119, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1630 = bitcast <16 x i32> %120 to <16 x float>
  store <16 x float> %bf1630, ptr %117, align 64
  %121 = getelementptr i8, ptr %114, i64 32
  %122 = load <16 x i16>, ptr %121, align 2
  %123 = zext <16 x i16> %122 to <16 x i32>
  %124 = shl <16 x i32> %123, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1631 = bitcast <16 x i32> %124 to <16 x float>
  %125 = getelementptr i8, ptr %117, i64 64
  store <16 x float> %bf1631, ptr %125, align 64
  %126 = getelementptr i8, ptr %114, i64 64
  %127 = load <16 x i16>, ptr %126, align 2
  %128 = zext <16 x i16> %127 to <16 x i32>
  %129 = shl <16 x i32> %128, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1632 = bitcast <16 x i32> %129 to <16 x float>
  %130 = getelementptr i8, ptr %117, i64 128
  store <16 x float> %bf1632, ptr %130, align 64
  %131 = getelementptr i8, ptr %114, i64 96
  %132 = load <16 x i16>, ptr %131, align 2
  %133 = zext <16 x i16> %132 to <16 x i32>
  %134 = shl <16 x i32> %133, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1633 = bitcast <16 x i32> %134 to <16 x float>
  %135 = getelementptr i8, ptr %117, i64 192
  store <16 x float> %bf1633, ptr %135, align 64
  %136 = add nsw i32 %vpack28, 1
  br label %vpack

exit27:                                           ; preds = %vpack
  %137 = add i32 %nrows, 15
  %nblk = sdiv i32 %137, 16
  br label %rblock

rblock:                                           ; preds = %join, %exit27
  %rblock37 = phi i32 [ 0, %exit27 ], [ %156, %join ]
  %138 = icmp slt i32 %rblock37, %nblk
  br i1 %138, label %body34, label %exit36

body34:                                           ; preds = %rblock
  %139 = sext i32 %rblock37 to i64
  %140 = mul i32 %rblock37, 16
  %141 = add i32 %140, 15
  %142 = sext i32 %141 to i64
  %143 = getelementptr i32, ptr %lims, i64 %142
  %fact38 = load i32, ptr %143, align 4
  %144 = sub i32 %fact38, %ktile17
  %145 = call i32 @llvm.smin.i32(i32 %76, i32 %144)
  %146 = icmp sgt i32 %145, 0
  br i1 %146, label %rvisit, label %join

exit36:                                           ; preds = %rblock
  %147 = add nsw i32 %ktile17, 108
  br label %ktile

rvisit:                                           ; preds = %body34
  %148 = mul i64 %139, 1024
  %149 = getelementptr i32, ptr %qt, i64 %148
  %150 = getelementptr i32, ptr %ot, i64 %148
  %151 = getelementptr <16 x float>, ptr %mv, i64 %139
  %152 = getelementptr <16 x float>, ptr %lv, i64 %139
  %153 = mul i64 %139, 16
  %154 = getelementptr i32, ptr %lims, i64 %153
  %155 = load <16 x i32>, ptr %154, align 64
  br label %sblock

join:                                             ; preds = %pvblock, %body34
  %156 = add nsw i32 %rblock37, 1
  br label %rblock

sblock:                                           ; preds = %exit45, %rvisit
  %sblock42 = phi i32 [ 0, %rvisit ], [ %215, %exit45 ]
  %157 = icmp slt i32 %sblock42, %145
  br i1 %157, label %body39, label %smask

body39:                                           ; preds = %sblock
  %158 = sext i32 %sblock42 to i64
  %159 = mul i64 %158, 64
  %160 = getelementptr i32, ptr %kbuf, i64 %159
  br label %sdim

sdim:                                             ; preds = %body43, %body39
  %sacc.sroa.44.0 = phi <16 x float> [ zeroinitializer, %body39 ], [ %200, %body43 ]
  %sacc.sroa.40.0 = phi <16 x float> [ zeroinitializer, %body39 ], [ %197, %body43 ]
  %sacc.sroa.36.0 = phi <16 x float> [ zeroinitializer, %body39 ], [ %194, %body43 ]
  %sacc.sroa.32.0 = phi <16 x float> [ zeroinitializer, %body39 ], [ %191, %body43 ]
  %sacc.sroa.28.0 = phi <16 x float> [ zeroinitializer, %body39 ], [ %188, %body43 ]
  %sacc.sroa.24.0 = phi <16 x float> [ zeroinitializer, %body39 ], [ %185, %body43 ]
  %sacc.sroa.20.0 = phi <16 x float> [ zeroinitializer, %body39 ], [ %182, %body43 ]
  %sacc.sroa.16.0 = phi <16 x float> [ zeroinitializer, %body39 ], [ %179, %body43 ]
  %sacc.sroa.12.0 = phi <16 x float> [ zeroinitializer, %body39 ], [ %176, %body43 ]
  %sacc.sroa.8.0 = phi <16 x float> [ zeroinitializer, %body39 ], [ %173, %body43 ]
  %sacc.sroa.4.0 = phi <16 x float> [ zeroinitializer, %body39 ], [ %170, %body43 ]
  %sacc.sroa.0.0 = phi <16 x float> [ zeroinitializer, %body39 ], [ %167, %body43 ]
  %sdim46 = phi i32 [ 0, %body39 ], [ %201, %body43 ]
  %161 = icmp slt i32 %sdim46, 64
  br i1 %161, label %body43, label %exit45

body43:                                           ; preds = %sdim
  %162 = sext i32 %sdim46 to i64
  %163 = mul i64 %162, 16
  %164 = getelementptr i32, ptr %149, i64 %163
  %qt47 = load <16 x float>, ptr %164, align 64
  %165 = getelementptr i32, ptr %160, i64 %162
  %k = load float, ptr %165, align 4
  %166 = insertelement <16 x float> poison, float %k, i32 0
  %splat48 = shufflevector <16 x float> %166, <16 x float> poison, <16 x i32> zeroinitializer
  %167 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt47, <16 x float> %splat48, <16 x float> %sacc.sroa.0.0)
  %168 = getelementptr i32, ptr %165, i64 64
  %k49 = load float, ptr %168, align 4
  %169 = insertelement <16 x float> poison, float %k49, i32 0
  %splat50 = shufflevector <16 x float> %169, <16 x float> poison, <16 x i32> zeroinitializer
  %170 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt47, <16 x float> %splat50, <16 x float> %sacc.sroa.4.0)
  %171 = getelementptr i32, ptr %165, i64 128
  %k51 = load float, ptr %171, align 4
  %172 = insertelement <16 x float> poison, float %k51, i32 0
  %splat52 = shufflevector <16 x float> %172, <16 x float> poison, <16 x i32> zeroinitializer
  %173 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt47, <16 x float> %splat52, <16 x float> %sacc.sroa.8.0)
  %174 = getelementptr i32, ptr %165, i64 192
  %k53 = load float, ptr %174, align 4
  %175 = insertelement <16 x float> poison, float %k53, i32 0
  %splat54 = shufflevector <16 x float> %175, <16 x float> poison, <16 x i32> zeroinitializer
  %176 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt47, <16 x float> %splat54, <16 x float> %sacc.sroa.12.0)
  %177 = getelementptr i32, ptr %165, i64 256
  %k55 = load float, ptr %177, align 4
  %178 = insertelement <16 x float> poison, float %k55, i32 0
  %splat56 = shufflevector <16 x float> %178, <16 x float> poison, <16 x i32> zeroinitializer
  %179 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt47, <16 x float> %splat56, <16 x float> %sacc.sroa.16.0)
  %180 = getelementptr i32, ptr %165, i64 320
  %k57 = load float, ptr %180, align 4
  %181 = insertelement <16 x float> poison, float %k57, i32 0
  %splat58 = shufflevector <16 x float> %181, <16 x float> poison, <16 x i32> zeroinitializer
  %182 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt47, <16 x float> %splat58, <16 x float> %sacc.sroa.20.0)
  %183 = getelementptr i32, ptr %165, i64 384
  %k59 = load float, ptr %183, align 4
  %184 = insertelement <16 x float> poison, float %k59, i32 0
  %splat60 = shufflevector <16 x float> %184, <16 x float> poison, <16 x i32> zeroinitializer
  %185 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt47, <16 x float> %splat60, <16 x float> %sacc.sroa.24.0)
  %186 = getelementptr i32, ptr %165, i64 448
  %k61 = load float, ptr %186, align 4
  %187 = insertelement <16 x float> poison, float %k61, i32 0
  %splat62 = shufflevector <16 x float> %187, <16 x float> poison, <16 x i32> zeroinitializer
  %188 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt47, <16 x float> %splat62, <16 x float> %sacc.sroa.28.0)
  %189 = getelementptr i32, ptr %165, i64 512
  %k63 = load float, ptr %189, align 4
  %190 = insertelement <16 x float> poison, float %k63, i32 0
  %splat64 = shufflevector <16 x float> %190, <16 x float> poison, <16 x i32> zeroinitializer
  %191 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt47, <16 x float> %splat64, <16 x float> %sacc.sroa.32.0)
  %192 = getelementptr i32, ptr %165, i64 576
  %k65 = load float, ptr %192, align 4
  %193 = insertelement <16 x float> poison, float %k65, i32 0
  %splat66 = shufflevector <16 x float> %193, <16 x float> poison, <16 x i32> zeroinitializer
  %194 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt47, <16 x float> %splat66, <16 x float> %sacc.sroa.36.0)
  %195 = getelementptr i32, ptr %165, i64 640
  %k67 = load float, ptr %195, align 4
  %196 = insertelement <16 x float> poison, float %k67, i32 0
  %splat68 = shufflevector <16 x float> %196, <16 x float> poison, <16 x i32> zeroinitializer
  %197 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt47, <16 x float> %splat68, <16 x float> %sacc.sroa.40.0)
  %198 = getelementptr i32, ptr %165, i64 704
  %k69 = load float, ptr %198, align 4
  %199 = insertelement <16 x float> poison, float %k69, i32 0
  %splat70 = shufflevector <16 x float> %199, <16 x float> poison, <16 x i32> zeroinitializer
  %200 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt47, <16 x float> %splat70, <16 x float> %sacc.sroa.44.0)
  %201 = add nsw i32 %sdim46, 1
  br label %sdim

exit45:                                           ; preds = %sdim
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
  %215 = add nsw i32 %sblock42, 12
  br label %sblock

smask:                                            ; preds = %sblock, %body71
  %tmax.0 = phi <16 x float> [ %224, %body71 ], [ <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, %sblock ]
  %smask74 = phi i32 [ %225, %body71 ], [ 0, %sblock ]
  %216 = icmp slt i32 %smask74, %145
  br i1 %216, label %body71, label %exit73

body71:                                           ; preds = %smask
  %217 = add i32 %ktile17, %smask74
  %218 = insertelement <16 x i32> poison, i32 %217, i32 0
  %splat75 = shufflevector <16 x i32> %218, <16 x i32> poison, <16 x i32> zeroinitializer
  %219 = sext i32 %smask74 to i64
  %220 = mul i64 %219, 16
  %221 = getelementptr i32, ptr %st, i64 %220
  %s = load <16 x float>, ptr %221, align 64
  %222 = icmp slt <16 x i32> %splat75, %155
  %223 = select <16 x i1> %222, <16 x float> %s, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  store <16 x float> %223, ptr %221, align 64
  %224 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %tmax.0, <16 x float> %223)
  %225 = add nsw i32 %smask74, 1
  br label %smask

exit73:                                           ; preds = %smask
  %m = load <16 x float>, ptr %151, align 64
  %226 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %m, <16 x float> %tmax.0)
  %227 = fcmp oeq <16 x float> %226, <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %muse76 = select <16 x i1> %227, <16 x float> zeroinitializer, <16 x float> %226
  %228 = fsub <16 x float> %m, %muse76
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
  store <16 x float> %226, ptr %151, align 64
  br label %sexp

sexp:                                             ; preds = %body77, %exit73
  %lsum.0 = phi <16 x float> [ zeroinitializer, %exit73 ], [ %261, %body77 ]
  %sexp80 = phi i32 [ 0, %exit73 ], [ %262, %body77 ]
  %242 = icmp slt i32 %sexp80, %145
  br i1 %242, label %body77, label %exit79

body77:                                           ; preds = %sexp
  %243 = sext i32 %sexp80 to i64
  %244 = mul i64 %243, 16
  %245 = getelementptr i32, ptr %st, i64 %244
  %246 = load <16 x float>, ptr %245, align 64
  %247 = fsub <16 x float> %246, %muse76
  %248 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %247, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %249 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %248, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %250 = fadd <16 x float> %249, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n81 = fsub <16 x float> %250, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f82 = fsub <16 x float> %249, %n81
  %251 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f82, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %252 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %251, <16 x float> %f82, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %253 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %252, <16 x float> %f82, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %254 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %253, <16 x float> %f82, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %255 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %254, <16 x float> %f82, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %256 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %255, <16 x float> %f82, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %257 = fptosi <16 x float> %n81 to <16 x i32>
  %258 = add <16 x i32> %257, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %259 = shl <16 x i32> %258, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %260 = bitcast <16 x i32> %259 to <16 x float>
  %exp283 = fmul <16 x float> %256, %260
  store <16 x float> %exp283, ptr %245, align 64
  %261 = fadd <16 x float> %lsum.0, %exp283
  %262 = add nsw i32 %sexp80, 1
  br label %sexp

exit79:                                           ; preds = %sexp
  %263 = load <16 x float>, ptr %152, align 64
  %264 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %263, <16 x float> %exp2, <16 x float> %lsum.0)
  store <16 x float> %264, ptr %152, align 64
  br label %pvblock

pvblock:                                          ; preds = %exit90, %exit79
  %pvblock87 = phi i32 [ 0, %exit79 ], [ %372, %exit90 ]
  %265 = icmp slt i32 %pvblock87, 4
  br i1 %265, label %body84, label %join

body84:                                           ; preds = %pvblock
  %266 = mul i32 %pvblock87, 16
  %267 = sext i32 %266 to i64
  %268 = mul i64 %267, 16
  %269 = getelementptr i32, ptr %150, i64 %268
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

kpv:                                              ; preds = %body88, %body84
  %o.sroa.52.0 = phi <16 x float> [ %310, %body84 ], [ %364, %body88 ]
  %o.sroa.48.0 = phi <16 x float> [ %307, %body84 ], [ %361, %body88 ]
  %o.sroa.44.0 = phi <16 x float> [ %304, %body84 ], [ %358, %body88 ]
  %o.sroa.40.0 = phi <16 x float> [ %301, %body84 ], [ %355, %body88 ]
  %o.sroa.36.0 = phi <16 x float> [ %298, %body84 ], [ %352, %body88 ]
  %o.sroa.32.0 = phi <16 x float> [ %295, %body84 ], [ %349, %body88 ]
  %o.sroa.28.0 = phi <16 x float> [ %292, %body84 ], [ %346, %body88 ]
  %o.sroa.24.0 = phi <16 x float> [ %289, %body84 ], [ %343, %body88 ]
  %o.sroa.20.0 = phi <16 x float> [ %286, %body84 ], [ %340, %body88 ]
  %o.sroa.16.0 = phi <16 x float> [ %283, %body84 ], [ %337, %body88 ]
  %o.sroa.12.0 = phi <16 x float> [ %280, %body84 ], [ %334, %body88 ]
  %o.sroa.8.0 = phi <16 x float> [ %277, %body84 ], [ %331, %body88 ]
  %o.sroa.4.0 = phi <16 x float> [ %274, %body84 ], [ %328, %body88 ]
  %o.sroa.0.0 = phi <16 x float> [ %271, %body84 ], [ %325, %body88 ]
  %o.sroa.56.0 = phi <16 x float> [ %313, %body84 ], [ %367, %body88 ]
  %o.sroa.60.0 = phi <16 x float> [ %316, %body84 ], [ %370, %body88 ]
  %kpv91 = phi i32 [ 0, %body84 ], [ %371, %body88 ]
  %317 = icmp slt i32 %kpv91, %145
  br i1 %317, label %body88, label %exit90

body88:                                           ; preds = %kpv
  %318 = sext i32 %kpv91 to i64
  %319 = mul i64 %318, 16
  %320 = getelementptr i32, ptr %st, i64 %319
  %p = load <16 x float>, ptr %320, align 64
  %321 = mul i64 %318, 256
  %322 = getelementptr i8, ptr %vbuf, i64 %321
  %323 = getelementptr i32, ptr %322, i64 %267
  %v = load float, ptr %323, align 4
  %324 = insertelement <16 x float> poison, float %v, i32 0
  %splat92 = shufflevector <16 x float> %324, <16 x float> poison, <16 x i32> zeroinitializer
  %325 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat92, <16 x float> %o.sroa.0.0)
  %326 = getelementptr i32, ptr %323, i64 1
  %v93 = load float, ptr %326, align 4
  %327 = insertelement <16 x float> poison, float %v93, i32 0
  %splat94 = shufflevector <16 x float> %327, <16 x float> poison, <16 x i32> zeroinitializer
  %328 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat94, <16 x float> %o.sroa.4.0)
  %329 = getelementptr i32, ptr %323, i64 2
  %v95 = load float, ptr %329, align 4
  %330 = insertelement <16 x float> poison, float %v95, i32 0
  %splat96 = shufflevector <16 x float> %330, <16 x float> poison, <16 x i32> zeroinitializer
  %331 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat96, <16 x float> %o.sroa.8.0)
  %332 = getelementptr i32, ptr %323, i64 3
  %v97 = load float, ptr %332, align 4
  %333 = insertelement <16 x float> poison, float %v97, i32 0
  %splat98 = shufflevector <16 x float> %333, <16 x float> poison, <16 x i32> zeroinitializer
  %334 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat98, <16 x float> %o.sroa.12.0)
  %335 = getelementptr i32, ptr %323, i64 4
  %v99 = load float, ptr %335, align 4
  %336 = insertelement <16 x float> poison, float %v99, i32 0
  %splat100 = shufflevector <16 x float> %336, <16 x float> poison, <16 x i32> zeroinitializer
  %337 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat100, <16 x float> %o.sroa.16.0)
  %338 = getelementptr i32, ptr %323, i64 5
  %v101 = load float, ptr %338, align 4
  %339 = insertelement <16 x float> poison, float %v101, i32 0
  %splat102 = shufflevector <16 x float> %339, <16 x float> poison, <16 x i32> zeroinitializer
  %340 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat102, <16 x float> %o.sroa.20.0)
  %341 = getelementptr i32, ptr %323, i64 6
  %v103 = load float, ptr %341, align 4
  %342 = insertelement <16 x float> poison, float %v103, i32 0
  %splat104 = shufflevector <16 x float> %342, <16 x float> poison, <16 x i32> zeroinitializer
  %343 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat104, <16 x float> %o.sroa.24.0)
  %344 = getelementptr i32, ptr %323, i64 7
  %v105 = load float, ptr %344, align 4
  %345 = insertelement <16 x float> poison, float %v105, i32 0
  %splat106 = shufflevector <16 x float> %345, <16 x float> poison, <16 x i32> zeroinitializer
  %346 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat106, <16 x float> %o.sroa.28.0)
  %347 = getelementptr i32, ptr %323, i64 8
  %v107 = load float, ptr %347, align 4
  %348 = insertelement <16 x float> poison, float %v107, i32 0
  %splat108 = shufflevector <16 x float> %348, <16 x float> poison, <16 x i32> zeroinitializer
  %349 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat108, <16 x float> %o.sroa.32.0)
  %350 = getelementptr i32, ptr %323, i64 9
  %v109 = load float, ptr %350, align 4
  %351 = insertelement <16 x float> poison, float %v109, i32 0
  %splat110 = shufflevector <16 x float> %351, <16 x float> poison, <16 x i32> zeroinitializer
  %352 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat110, <16 x float> %o.sroa.36.0)
  %353 = getelementptr i32, ptr %323, i64 10
  %v111 = load float, ptr %353, align 4
  %354 = insertelement <16 x float> poison, float %v111, i32 0
  %splat112 = shufflevector <16 x float> %354, <16 x float> poison, <16 x i32> zeroinitializer
  %355 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat112, <16 x float> %o.sroa.40.0)
  %356 = getelementptr i32, ptr %323, i64 11
  %v113 = load float, ptr %356, align 4
  %357 = insertelement <16 x float> poison, float %v113, i32 0
  %splat114 = shufflevector <16 x float> %357, <16 x float> poison, <16 x i32> zeroinitializer
  %358 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat114, <16 x float> %o.sroa.44.0)
  %359 = getelementptr i32, ptr %323, i64 12
  %v115 = load float, ptr %359, align 4
  %360 = insertelement <16 x float> poison, float %v115, i32 0
  %splat116 = shufflevector <16 x float> %360, <16 x float> poison, <16 x i32> zeroinitializer
  %361 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat116, <16 x float> %o.sroa.48.0)
  %362 = getelementptr i32, ptr %323, i64 13
  %v117 = load float, ptr %362, align 4
  %363 = insertelement <16 x float> poison, float %v117, i32 0
  %splat118 = shufflevector <16 x float> %363, <16 x float> poison, <16 x i32> zeroinitializer
  %364 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat118, <16 x float> %o.sroa.52.0)
  %365 = getelementptr i32, ptr %323, i64 14
  %v119 = load float, ptr %365, align 4
  %366 = insertelement <16 x float> poison, float %v119, i32 0
  %splat120 = shufflevector <16 x float> %366, <16 x float> poison, <16 x i32> zeroinitializer
  %367 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat120, <16 x float> %o.sroa.56.0)
  %368 = getelementptr i32, ptr %323, i64 15
  %v121 = load float, ptr %368, align 4
  %369 = insertelement <16 x float> poison, float %v121, i32 0
  %splat122 = shufflevector <16 x float> %369, <16 x float> poison, <16 x i32> zeroinitializer
  %370 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat122, <16 x float> %o.sroa.60.0)
  %371 = add nsw i32 %kpv91, 1
  br label %kpv

exit90:                                           ; preds = %kpv
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
  %372 = add nsw i32 %pvblock87, 1
  br label %pvblock

orow123:                                          ; preds = %written, %exit16
  %orow127 = phi i32 [ 0, %exit16 ], [ %409, %written ]
  %373 = icmp slt i32 %orow127, %nrows
  br i1 %373, label %body124, label %done

body124:                                          ; preds = %orow123
  %374 = sext i32 %orow127 to i64
  %375 = getelementptr float, ptr %ms, i64 %374
  %m128 = load float, ptr %375, align 4
  %376 = getelementptr float, ptr %ls, i64 %374
  %l = load float, ptr %376, align 4
  %377 = sdiv i32 %orow127, 16
  %378 = srem i32 %orow127, 16
  %379 = sext i32 %377 to i64
  %380 = mul i64 %379, 1024
  %381 = getelementptr i32, ptr %ot, i64 %380
  br label %otrow

otrow:                                            ; preds = %body129, %body124
  %otrow132 = phi i32 [ 0, %body124 ], [ %390, %body129 ]
  %382 = icmp slt i32 %otrow132, 64
  br i1 %382, label %body129, label %exit131

body129:                                          ; preds = %otrow
  %383 = sext i32 %378 to i64
  %384 = sext i32 %otrow132 to i64
  %385 = mul i64 %384, 16
  %386 = add i64 %385, %383
  %387 = getelementptr i32, ptr %381, i64 %386
  %388 = load float, ptr %387, align 4
  %389 = getelementptr i32, ptr %rowbuf, i64 %384
  store float %388, ptr %389, align 4
  %390 = add nsw i32 %otrow132, 1
  br label %otrow

exit131:                                          ; preds = %otrow
  %391 = icmp ne ptr %part, null
  br i1 %391, label %partial, label %final

partial:                                          ; preds = %exit131
  %392 = sext i32 %nrows to i64
  %393 = mul i64 %374, 64
  %394 = getelementptr float, ptr %part, i64 %393
  br label %chunk133

final:                                            ; preds = %exit131
  %395 = sdiv i32 %orow127, %nh
  %qi138 = add i32 %q_begin, %395
  %396 = srem i32 %orow127, %nh
  %397 = add i32 %h_begin, %396
  %398 = mul i32 %kv_head, 16
  %hq139 = add i32 %398, %397
  %399 = sext i32 %qi138 to i64
  %400 = add i64 %q_row0, %399
  %401 = mul i64 %400, 16
  %402 = sext i32 %hq139 to i64
  %orow140 = add i64 %401, %402
  %403 = fcmp oeq float %l, 0.000000e+00
  %404 = fdiv float 1.000000e+00, %l
  %405 = select i1 %403, float 0.000000e+00, float %404
  %406 = mul i64 %orow140, 256
  %407 = getelementptr i8, ptr %out, i64 %406
  %408 = insertelement <16 x float> poison, float %405, i32 0
  %splat141 = shufflevector <16 x float> %408, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk142

written:                                          ; preds = %chunk142, %exit136
  %409 = add nsw i32 %orow127, 1
  br label %orow123

chunk133:                                         ; preds = %body134, %partial
  %chunk137 = phi i64 [ 0, %partial ], [ %415, %body134 ]
  %410 = icmp slt i64 %chunk137, 4
  br i1 %410, label %body134, label %exit136

body134:                                          ; preds = %chunk133
  %411 = getelementptr <16 x float>, ptr %rowbuf, i64 %chunk137
  %412 = load <16 x float>, ptr %411, align 64
  %413 = mul i64 %chunk137, 64
  %414 = getelementptr i8, ptr %394, i64 %413
  store <16 x float> %412, ptr %414, align 4
  %415 = add nsw i64 %chunk137, 1
  br label %chunk133

exit136:                                          ; preds = %chunk133
  %416 = mul i64 %392, 64
  %417 = add i64 %416, %374
  %418 = getelementptr float, ptr %part, i64 %417
  store float %m128, ptr %418, align 4
  %419 = add i64 %417, %392
  %420 = getelementptr float, ptr %part, i64 %419
  store float %l, ptr %420, align 4
  br label %written

chunk142:                                         ; preds = %body143, %final
  %chunk146 = phi i64 [ 0, %final ], [ %427, %body143 ]
  %421 = icmp slt i64 %chunk146, 4
  br i1 %421, label %body143, label %written

body143:                                          ; preds = %chunk142
  %422 = getelementptr <16 x float>, ptr %rowbuf, i64 %chunk146
  %423 = load <16 x float>, ptr %422, align 64
  %424 = fmul <16 x float> %423, %splat141
  %425 = mul i64 %chunk146, 64
  %426 = getelementptr i8, ptr %407, i64 %425
  store <16 x float> %424, ptr %426, align 4
  %427 = add nsw i64 %chunk146, 1
  br label %chunk142
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

attributes #0 = { nounwind "target-cpu"="x86-64-v4" "target-features"="+avx512f,+evex512,+avx512bw,+avx512vl,+avx,+avx2,+fma,+f16c" }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
