; ModuleID = 'mqa'
source_filename = "mqa"
target triple = "x86_64-unknown-linux-gnu"

@mqa.name = private unnamed_addr constant [4 x i8] c"mqa\00"
@mqa.spec = private unnamed_addr constant [364 x i8] c"attncc: 1\0Aname: mqa\0Aphase: decode\0Akind: self\0Aheads: {q: 16, kv: 1, dim: 64, v_dim: 64}\0Atypes: {q: f32, cache: bf16, out: f32}\0Ascale: auto\0Acache: {store: kv, layout: contiguous, order: head_major, capacity: 4096, latent_dim: 0, rope_dim: 0, shared_across_layers: false}\0Amask: {causal: false}\0Aoutput: {lse: false}\0Aslim: {order: auto}\0Amodel: {layers: 1, d_model: 0}\0A\00"
@mqa_info_data = internal constant { i32, i32, i64, ptr, ptr, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, float, i32, i32, i32, ptr, i32, i32 } { i32 5, i32 1, i64 -4308072378838605464, ptr @mqa.name, ptr @mqa.spec, i32 16, i32 1, i32 64, i32 64, i32 0, i32 2, i32 0, i32 0, i32 0, i32 1, i32 4096, i32 0, i32 0, float 1.250000e-01, i32 0, i32 0, i32 0, ptr null, i32 0, i32 0 }, align 8
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
  %18 = mul i64 %17, 524288
  %19 = getelementptr i8, ptr %k_cache, i64 %18
  %20 = sext i32 %kv_head to i64
  %21 = mul i64 %20, 4096
  %22 = getelementptr i8, ptr %0, i64 64
  %v_cache = load ptr, ptr %22, align 8
  %23 = getelementptr i8, ptr %v_cache, i64 %18
  %24 = icmp sgt i32 %nrows, 0
  br i1 %24, label %qrow, label %done

done:                                             ; preds = %orow122, %entry
  ret void

qrow:                                             ; preds = %entry, %exit8
  %qrow1 = phi i32 [ %63, %exit8 ], [ 0, %entry ]
  %25 = icmp slt i32 %qrow1, 16
  br i1 %25, label %body, label %otzero

body:                                             ; preds = %qrow
  %26 = icmp slt i32 %qrow1, %nrows
  %27 = sub i32 %nrows, 1
  %28 = call i32 @llvm.smin.i32(i32 %qrow1, i32 %27)
  %29 = sdiv i32 %28, %nh
  %qi = add i32 %q_begin, %29
  %30 = srem i32 %28, %nh
  %h = add i32 %h_begin, %30
  %31 = mul i32 %kv_head, 16
  %hq = add i32 %31, %h
  %32 = sext i32 %qi to i64
  %33 = add i64 %q_row0, %32
  %34 = mul i64 %33, 16
  %35 = sext i32 %hq to i64
  %orow = add i64 %34, %35
  %36 = mul i64 %orow, 256
  %37 = getelementptr i8, ptr %q, i64 %36
  %38 = select i1 %26, float 0x3FC7154760000000, float 0.000000e+00
  %39 = insertelement <16 x float> poison, float %38, i32 0
  %splat = shufflevector <16 x float> %39, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk

chunk:                                            ; preds = %body2, %body
  %chunk5 = phi i64 [ 0, %body ], [ %46, %body2 ]
  %40 = icmp slt i64 %chunk5, 4
  br i1 %40, label %body2, label %exit4

body2:                                            ; preds = %chunk
  %41 = mul i64 %chunk5, 64
  %42 = getelementptr i8, ptr %37, i64 %41
  %43 = load <16 x float>, ptr %42, align 4
  %44 = fmul <16 x float> %43, %splat
  %45 = getelementptr <16 x float>, ptr %rowbuf, i64 %chunk5
  store <16 x float> %44, ptr %45, align 64
  %46 = add nsw i64 %chunk5, 1
  br label %chunk

exit4:                                            ; preds = %chunk
  %47 = sext i32 %qrow1 to i64
  %48 = getelementptr i32, ptr %lims, i64 %47
  store i32 %k_end, ptr %48, align 4
  %49 = sdiv i32 %qrow1, 16
  %50 = sext i32 %49 to i64
  %51 = mul i64 %50, 1024
  %52 = getelementptr i32, ptr %qt, i64 %51
  %53 = srem i32 %qrow1, 16
  br label %qcol

qcol:                                             ; preds = %body6, %exit4
  %qcol9 = phi i32 [ 0, %exit4 ], [ %62, %body6 ]
  %54 = icmp slt i32 %qcol9, 64
  br i1 %54, label %body6, label %exit8

body6:                                            ; preds = %qcol
  %55 = sext i32 %qcol9 to i64
  %56 = getelementptr i32, ptr %rowbuf, i64 %55
  %57 = load float, ptr %56, align 4
  %58 = sext i32 %53 to i64
  %59 = mul i64 %55, 16
  %60 = add i64 %59, %58
  %61 = getelementptr i32, ptr %52, i64 %60
  store float %57, ptr %61, align 4
  %62 = add nsw i32 %qcol9, 1
  br label %qcol

exit8:                                            ; preds = %qcol
  %63 = add nsw i32 %qrow1, 1
  br label %qrow

otzero:                                           ; preds = %qrow, %body10
  %otzero13 = phi i32 [ %68, %body10 ], [ 0, %qrow ]
  %64 = icmp slt i32 %otzero13, 64
  br i1 %64, label %body10, label %exit12

body10:                                           ; preds = %otzero
  %65 = sext i32 %otzero13 to i64
  %66 = mul i64 %65, 16
  %67 = getelementptr i32, ptr %ot, i64 %66
  store <16 x float> zeroinitializer, ptr %67, align 64
  %68 = add nsw i32 %otzero13, 1
  br label %otzero

exit12:                                           ; preds = %otzero
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %mv, align 64
  store <16 x float> zeroinitializer, ptr %lv, align 64
  %k_last = sub i32 %k_end, 1
  br label %ktile

ktile:                                            ; preds = %exit36, %exit12
  %ktile17 = phi i32 [ %k_begin, %exit12 ], [ %139, %exit36 ]
  %69 = icmp slt i32 %ktile17, %k_end
  br i1 %69, label %body14, label %exit16

body14:                                           ; preds = %ktile
  %70 = sub i32 %k_end, %ktile17
  %71 = call i32 @llvm.smin.i32(i32 108, i32 %70)
  %72 = add i32 %71, 11
  %73 = sdiv i32 %72, 12
  %74 = mul i32 %73, 12
  br label %kpack

exit16:                                           ; preds = %ktile
  %75 = load <16 x float>, ptr %mv, align 64
  store <16 x float> %75, ptr %ms, align 64
  %76 = load <16 x float>, ptr %lv, align 64
  store <16 x float> %76, ptr %ls, align 64
  br label %orow122

kpack:                                            ; preds = %body18, %body14
  %kpack21 = phi i32 [ 0, %body14 ], [ %104, %body18 ]
  %77 = icmp slt i32 %kpack21, %74
  br i1 %77, label %body18, label %vpack

body18:                                           ; preds = %kpack
  %78 = add i32 %ktile17, %kpack21
  %79 = call i32 @llvm.smin.i32(i32 %78, i32 %k_last)
  %80 = sext i32 %79 to i64
  %row = add i64 %21, %80
  %81 = mul i64 %row, 128
  %82 = getelementptr i8, ptr %19, i64 %81
  %83 = sext i32 %kpack21 to i64
  %84 = mul i64 %83, 64
  %85 = getelementptr i32, ptr %kbuf, i64 %84
  %86 = load <16 x i16>, ptr %82, align 2
  %87 = zext <16 x i16> %86 to <16 x i32>
  %88 = shl <16 x i32> %87, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16 = bitcast <16 x i32> %88 to <16 x float>
  store <16 x float> %bf16, ptr %85, align 64
  %89 = getelementptr i8, ptr %82, i64 32
  %90 = load <16 x i16>, ptr %89, align 2
  %91 = zext <16 x i16> %90 to <16 x i32>
  %92 = shl <16 x i32> %91, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1622 = bitcast <16 x i32> %92 to <16 x float>
  %93 = getelementptr i8, ptr %85, i64 64
  store <16 x float> %bf1622, ptr %93, align 64
  %94 = getelementptr i8, ptr %82, i64 64
  %95 = load <16 x i16>, ptr %94, align 2
  %96 = zext <16 x i16> %95 to <16 x i32>
  %97 = shl <16 x i32> %96, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1623 = bitcast <16 x i32> %97 to <16 x float>
  %98 = getelementptr i8, ptr %85, i64 128
  store <16 x float> %bf1623, ptr %98, align 64
  %99 = getelementptr i8, ptr %82, i64 96
  %100 = load <16 x i16>, ptr %99, align 2
  %101 = zext <16 x i16> %100 to <16 x i32>
  %102 = shl <16 x i32> %101, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1624 = bitcast <16 x i32> %102 to <16 x float>
  %103 = getelementptr i8, ptr %85, i64 192
  store <16 x float> %bf1624, ptr %103, align 64
  %104 = add nsw i32 %kpack21, 1
  br label %kpack

vpack:                                            ; preds = %kpack, %body25
  %vpack28 = phi i32 [ %131, %body25 ], [ 0, %kpack ]
  %105 = icmp slt i32 %vpack28, %71
  br i1 %105, label %body25, label %exit27

body25:                                           ; preds = %vpack
  %106 = add i32 %ktile17, %vpack28
  %107 = sext i32 %106 to i64
  %row29 = add i64 %21, %107
  %108 = mul i64 %row29, 128
  %109 = getelementptr i8, ptr %23, i64 %108
  %110 = sext i32 %vpack28 to i64
  %111 = mul i64 %110, 64
  %112 = getelementptr i32, ptr %vbuf, i64 %111
  %113 = load <16 x i16>, ptr %109, align 2
  %114 = zext <16 x i16> %113 to <16 x i32>
  %115 = shl <16 x i32> %114, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1630 = bitcast <16 x i32> %115 to <16 x float>
  store <16 x float> %bf1630, ptr %112, align 64
  %116 = getelementptr i8, ptr %109, i64 32
  %117 = load <16 x i16>, ptr %116, align 2
  %118 = zext <16 x i16> %117 to <16 x i32>
  %119 = shl <16 x i32> %118, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1631 = bitcast <16 x i32> %119 to <16 x float>
  %120 = getelementptr i8, ptr %112, i64 64
  store <16 x float> %bf1631, ptr %120, align 64
  %121 = getelementptr i8, ptr %109, i64 64
  %122 = load <16 x i16>, ptr %121, align 2
  %123 = zext <16 x i16> %122 to <16 x i32>
  %124 = shl <16 x i32> %123, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1632 = bitcast <16 x i32> %124 to <16 x float>
  %125 = getelementptr i8, ptr %112, i64 128
  store <16 x float> %bf1632, ptr %125, align 64
  %126 = getelementptr i8, ptr %109, i64 96
  %127 = load <16 x i16>, ptr %126, align 2
  %128 = zext <16 x i16> %127 to <16 x i32>
  %129 = shl <16 x i32> %128, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1633 = bitcast <16 x i32> %129 to <16 x float>
  %130 = getelementptr i8, ptr %112, i64 192
  store <16 x float> %bf1633, ptr %130, align 64
  %131 = add nsw i32 %vpack28, 1
  br label %vpack

exit27:                                           ; preds = %vpack
  %132 = add i32 %nrows, 15
  %nblk = sdiv i32 %132, 16
  br label %rblock

rblock:                                           ; preds = %join, %exit27
  %rblock37 = phi i32 [ 0, %exit27 ], [ %147, %join ]
  %133 = icmp slt i32 %rblock37, %nblk
  br i1 %133, label %body34, label %exit36

body34:                                           ; preds = %rblock
  %134 = sext i32 %rblock37 to i64
  %135 = mul i32 %rblock37, 16
  %136 = add i32 %135, 15
  %137 = sub i32 %nrows, 1
  %138 = icmp sgt i32 %71, 0
  br i1 %138, label %rvisit, label %join

exit36:                                           ; preds = %rblock
  %139 = add nsw i32 %ktile17, 108
  br label %ktile

rvisit:                                           ; preds = %body34
  %140 = mul i64 %134, 1024
  %141 = getelementptr i32, ptr %qt, i64 %140
  %142 = getelementptr i32, ptr %ot, i64 %140
  %143 = getelementptr <16 x float>, ptr %mv, i64 %134
  %144 = getelementptr <16 x float>, ptr %lv, i64 %134
  %145 = mul i64 %134, 16
  %146 = getelementptr i32, ptr %lims, i64 %145
  %limv = load <16 x i32>, ptr %146, align 64
  br label %sblock

join:                                             ; preds = %pvblock, %body34
  %147 = add nsw i32 %rblock37, 1
  br label %rblock

sblock:                                           ; preds = %exit44, %rvisit
  %sblock41 = phi i32 [ 0, %rvisit ], [ %206, %exit44 ]
  %148 = icmp slt i32 %sblock41, %71
  br i1 %148, label %body38, label %smask

body38:                                           ; preds = %sblock
  %149 = sext i32 %sblock41 to i64
  %150 = mul i64 %149, 64
  %151 = getelementptr i32, ptr %kbuf, i64 %150
  br label %sdim

sdim:                                             ; preds = %body42, %body38
  %sacc.sroa.44.0 = phi <16 x float> [ zeroinitializer, %body38 ], [ %191, %body42 ]
  %sacc.sroa.40.0 = phi <16 x float> [ zeroinitializer, %body38 ], [ %188, %body42 ]
  %sacc.sroa.36.0 = phi <16 x float> [ zeroinitializer, %body38 ], [ %185, %body42 ]
  %sacc.sroa.32.0 = phi <16 x float> [ zeroinitializer, %body38 ], [ %182, %body42 ]
  %sacc.sroa.28.0 = phi <16 x float> [ zeroinitializer, %body38 ], [ %179, %body42 ]
  %sacc.sroa.24.0 = phi <16 x float> [ zeroinitializer, %body38 ], [ %176, %body42 ]
  %sacc.sroa.20.0 = phi <16 x float> [ zeroinitializer, %body38 ], [ %173, %body42 ]
  %sacc.sroa.16.0 = phi <16 x float> [ zeroinitializer, %body38 ], [ %170, %body42 ]
  %sacc.sroa.12.0 = phi <16 x float> [ zeroinitializer, %body38 ], [ %167, %body42 ]
  %sacc.sroa.8.0 = phi <16 x float> [ zeroinitializer, %body38 ], [ %164, %body42 ]
  %sacc.sroa.4.0 = phi <16 x float> [ zeroinitializer, %body38 ], [ %161, %body42 ]
  %sacc.sroa.0.0 = phi <16 x float> [ zeroinitializer, %body38 ], [ %158, %body42 ]
  %sdim45 = phi i32 [ 0, %body38 ], [ %192, %body42 ]
  %152 = icmp slt i32 %sdim45, 64
  br i1 %152, label %body42, label %exit44

body42:                                           ; preds = %sdim
  %153 = sext i32 %sdim45 to i64
  %154 = mul i64 %153, 16
  %155 = getelementptr i32, ptr %141, i64 %154
  %qt46 = load <16 x float>, ptr %155, align 64
  %156 = getelementptr i32, ptr %151, i64 %153
  %k = load float, ptr %156, align 4
  %157 = insertelement <16 x float> poison, float %k, i32 0
  %splat47 = shufflevector <16 x float> %157, <16 x float> poison, <16 x i32> zeroinitializer
  %158 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt46, <16 x float> %splat47, <16 x float> %sacc.sroa.0.0)
  %159 = getelementptr i32, ptr %156, i64 64
  %k48 = load float, ptr %159, align 4
  %160 = insertelement <16 x float> poison, float %k48, i32 0
  %splat49 = shufflevector <16 x float> %160, <16 x float> poison, <16 x i32> zeroinitializer
  %161 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt46, <16 x float> %splat49, <16 x float> %sacc.sroa.4.0)
  %162 = getelementptr i32, ptr %156, i64 128
  %k50 = load float, ptr %162, align 4
  %163 = insertelement <16 x float> poison, float %k50, i32 0
  %splat51 = shufflevector <16 x float> %163, <16 x float> poison, <16 x i32> zeroinitializer
  %164 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt46, <16 x float> %splat51, <16 x float> %sacc.sroa.8.0)
  %165 = getelementptr i32, ptr %156, i64 192
  %k52 = load float, ptr %165, align 4
  %166 = insertelement <16 x float> poison, float %k52, i32 0
  %splat53 = shufflevector <16 x float> %166, <16 x float> poison, <16 x i32> zeroinitializer
  %167 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt46, <16 x float> %splat53, <16 x float> %sacc.sroa.12.0)
  %168 = getelementptr i32, ptr %156, i64 256
  %k54 = load float, ptr %168, align 4
  %169 = insertelement <16 x float> poison, float %k54, i32 0
  %splat55 = shufflevector <16 x float> %169, <16 x float> poison, <16 x i32> zeroinitializer
  %170 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt46, <16 x float> %splat55, <16 x float> %sacc.sroa.16.0)
  %171 = getelementptr i32, ptr %156, i64 320
  %k56 = load float, ptr %171, align 4
  %172 = insertelement <16 x float> poison, float %k56, i32 0
  %splat57 = shufflevector <16 x float> %172, <16 x float> poison, <16 x i32> zeroinitializer
  %173 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt46, <16 x float> %splat57, <16 x float> %sacc.sroa.20.0)
  %174 = getelementptr i32, ptr %156, i64 384
  %k58 = load float, ptr %174, align 4
  %175 = insertelement <16 x float> poison, float %k58, i32 0
  %splat59 = shufflevector <16 x float> %175, <16 x float> poison, <16 x i32> zeroinitializer
  %176 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt46, <16 x float> %splat59, <16 x float> %sacc.sroa.24.0)
  %177 = getelementptr i32, ptr %156, i64 448
  %k60 = load float, ptr %177, align 4
  %178 = insertelement <16 x float> poison, float %k60, i32 0
  %splat61 = shufflevector <16 x float> %178, <16 x float> poison, <16 x i32> zeroinitializer
  %179 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt46, <16 x float> %splat61, <16 x float> %sacc.sroa.28.0)
  %180 = getelementptr i32, ptr %156, i64 512
  %k62 = load float, ptr %180, align 4
  %181 = insertelement <16 x float> poison, float %k62, i32 0
  %splat63 = shufflevector <16 x float> %181, <16 x float> poison, <16 x i32> zeroinitializer
  %182 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt46, <16 x float> %splat63, <16 x float> %sacc.sroa.32.0)
  %183 = getelementptr i32, ptr %156, i64 576
  %k64 = load float, ptr %183, align 4
  %184 = insertelement <16 x float> poison, float %k64, i32 0
  %splat65 = shufflevector <16 x float> %184, <16 x float> poison, <16 x i32> zeroinitializer
  %185 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt46, <16 x float> %splat65, <16 x float> %sacc.sroa.36.0)
  %186 = getelementptr i32, ptr %156, i64 640
  %k66 = load float, ptr %186, align 4
  %187 = insertelement <16 x float> poison, float %k66, i32 0
  %splat67 = shufflevector <16 x float> %187, <16 x float> poison, <16 x i32> zeroinitializer
  %188 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt46, <16 x float> %splat67, <16 x float> %sacc.sroa.40.0)
  %189 = getelementptr i32, ptr %156, i64 704
  %k68 = load float, ptr %189, align 4
  %190 = insertelement <16 x float> poison, float %k68, i32 0
  %splat69 = shufflevector <16 x float> %190, <16 x float> poison, <16 x i32> zeroinitializer
  %191 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt46, <16 x float> %splat69, <16 x float> %sacc.sroa.44.0)
  %192 = add nsw i32 %sdim45, 1
  br label %sdim

exit44:                                           ; preds = %sdim
  %193 = mul i64 %149, 16
  %194 = getelementptr i32, ptr %st, i64 %193
  store <16 x float> %sacc.sroa.0.0, ptr %194, align 64
  %195 = getelementptr i32, ptr %194, i64 16
  store <16 x float> %sacc.sroa.4.0, ptr %195, align 64
  %196 = getelementptr i32, ptr %194, i64 32
  store <16 x float> %sacc.sroa.8.0, ptr %196, align 64
  %197 = getelementptr i32, ptr %194, i64 48
  store <16 x float> %sacc.sroa.12.0, ptr %197, align 64
  %198 = getelementptr i32, ptr %194, i64 64
  store <16 x float> %sacc.sroa.16.0, ptr %198, align 64
  %199 = getelementptr i32, ptr %194, i64 80
  store <16 x float> %sacc.sroa.20.0, ptr %199, align 64
  %200 = getelementptr i32, ptr %194, i64 96
  store <16 x float> %sacc.sroa.24.0, ptr %200, align 64
  %201 = getelementptr i32, ptr %194, i64 112
  store <16 x float> %sacc.sroa.28.0, ptr %201, align 64
  %202 = getelementptr i32, ptr %194, i64 128
  store <16 x float> %sacc.sroa.32.0, ptr %202, align 64
  %203 = getelementptr i32, ptr %194, i64 144
  store <16 x float> %sacc.sroa.36.0, ptr %203, align 64
  %204 = getelementptr i32, ptr %194, i64 160
  store <16 x float> %sacc.sroa.40.0, ptr %204, align 64
  %205 = getelementptr i32, ptr %194, i64 176
  store <16 x float> %sacc.sroa.44.0, ptr %205, align 64
  %206 = add nsw i32 %sblock41, 12
  br label %sblock

smask:                                            ; preds = %sblock, %body70
  %tmax.0 = phi <16 x float> [ %215, %body70 ], [ <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, %sblock ]
  %smask73 = phi i32 [ %216, %body70 ], [ 0, %sblock ]
  %207 = icmp slt i32 %smask73, %71
  br i1 %207, label %body70, label %exit72

body70:                                           ; preds = %smask
  %208 = add i32 %ktile17, %smask73
  %209 = insertelement <16 x i32> poison, i32 %208, i32 0
  %splat74 = shufflevector <16 x i32> %209, <16 x i32> poison, <16 x i32> zeroinitializer
  %210 = sext i32 %smask73 to i64
  %211 = mul i64 %210, 16
  %212 = getelementptr i32, ptr %st, i64 %211
  %s = load <16 x float>, ptr %212, align 64
  %213 = icmp slt <16 x i32> %splat74, %limv
  %214 = select <16 x i1> %213, <16 x float> %s, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  store <16 x float> %214, ptr %212, align 64
  %215 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %tmax.0, <16 x float> %214)
  %216 = add nsw i32 %smask73, 1
  br label %smask

exit72:                                           ; preds = %smask
  %m = load <16 x float>, ptr %143, align 64
  %217 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %m, <16 x float> %tmax.0)
  %218 = fcmp oeq <16 x float> %217, <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %muse75 = select <16 x i1> %218, <16 x float> zeroinitializer, <16 x float> %217
  %219 = fsub <16 x float> %m, %muse75
  %220 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %219, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %221 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %220, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %222 = fadd <16 x float> %221, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n = fsub <16 x float> %222, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f = fsub <16 x float> %221, %n
  %223 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %224 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %223, <16 x float> %f, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %225 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %224, <16 x float> %f, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %226 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %225, <16 x float> %f, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %227 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %226, <16 x float> %f, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %228 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %227, <16 x float> %f, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %229 = fptosi <16 x float> %n to <16 x i32>
  %230 = add <16 x i32> %229, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %231 = shl <16 x i32> %230, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %232 = bitcast <16 x i32> %231 to <16 x float>
  %exp2 = fmul <16 x float> %228, %232
  store <16 x float> %217, ptr %143, align 64
  br label %sexp

sexp:                                             ; preds = %body76, %exit72
  %lsum.0 = phi <16 x float> [ zeroinitializer, %exit72 ], [ %252, %body76 ]
  %sexp79 = phi i32 [ 0, %exit72 ], [ %253, %body76 ]
  %233 = icmp slt i32 %sexp79, %71
  br i1 %233, label %body76, label %exit78

body76:                                           ; preds = %sexp
  %234 = sext i32 %sexp79 to i64
  %235 = mul i64 %234, 16
  %236 = getelementptr i32, ptr %st, i64 %235
  %237 = load <16 x float>, ptr %236, align 64
  %238 = fsub <16 x float> %237, %muse75
  %239 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %238, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %240 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %239, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %241 = fadd <16 x float> %240, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n80 = fsub <16 x float> %241, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f81 = fsub <16 x float> %240, %n80
  %242 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f81, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %243 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %242, <16 x float> %f81, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %244 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %243, <16 x float> %f81, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %245 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %244, <16 x float> %f81, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %246 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %245, <16 x float> %f81, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %247 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %246, <16 x float> %f81, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %248 = fptosi <16 x float> %n80 to <16 x i32>
  %249 = add <16 x i32> %248, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %250 = shl <16 x i32> %249, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %251 = bitcast <16 x i32> %250 to <16 x float>
  %exp282 = fmul <16 x float> %247, %251
  store <16 x float> %exp282, ptr %236, align 64
  %252 = fadd <16 x float> %lsum.0, %exp282
  %253 = add nsw i32 %sexp79, 1
  br label %sexp

exit78:                                           ; preds = %sexp
  %254 = load <16 x float>, ptr %144, align 64
  %255 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %254, <16 x float> %exp2, <16 x float> %lsum.0)
  store <16 x float> %255, ptr %144, align 64
  br label %pvblock

pvblock:                                          ; preds = %exit89, %exit78
  %pvblock86 = phi i32 [ 0, %exit78 ], [ %363, %exit89 ]
  %256 = icmp slt i32 %pvblock86, 4
  br i1 %256, label %body83, label %join

body83:                                           ; preds = %pvblock
  %257 = mul i32 %pvblock86, 16
  %258 = sext i32 %257 to i64
  %259 = mul i64 %258, 16
  %260 = getelementptr i32, ptr %142, i64 %259
  %261 = load <16 x float>, ptr %260, align 64
  %262 = fmul <16 x float> %261, %exp2
  %263 = getelementptr i32, ptr %260, i64 16
  %264 = load <16 x float>, ptr %263, align 64
  %265 = fmul <16 x float> %264, %exp2
  %266 = getelementptr i32, ptr %260, i64 32
  %267 = load <16 x float>, ptr %266, align 64
  %268 = fmul <16 x float> %267, %exp2
  %269 = getelementptr i32, ptr %260, i64 48
  %270 = load <16 x float>, ptr %269, align 64
  %271 = fmul <16 x float> %270, %exp2
  %272 = getelementptr i32, ptr %260, i64 64
  %273 = load <16 x float>, ptr %272, align 64
  %274 = fmul <16 x float> %273, %exp2
  %275 = getelementptr i32, ptr %260, i64 80
  %276 = load <16 x float>, ptr %275, align 64
  %277 = fmul <16 x float> %276, %exp2
  %278 = getelementptr i32, ptr %260, i64 96
  %279 = load <16 x float>, ptr %278, align 64
  %280 = fmul <16 x float> %279, %exp2
  %281 = getelementptr i32, ptr %260, i64 112
  %282 = load <16 x float>, ptr %281, align 64
  %283 = fmul <16 x float> %282, %exp2
  %284 = getelementptr i32, ptr %260, i64 128
  %285 = load <16 x float>, ptr %284, align 64
  %286 = fmul <16 x float> %285, %exp2
  %287 = getelementptr i32, ptr %260, i64 144
  %288 = load <16 x float>, ptr %287, align 64
  %289 = fmul <16 x float> %288, %exp2
  %290 = getelementptr i32, ptr %260, i64 160
  %291 = load <16 x float>, ptr %290, align 64
  %292 = fmul <16 x float> %291, %exp2
  %293 = getelementptr i32, ptr %260, i64 176
  %294 = load <16 x float>, ptr %293, align 64
  %295 = fmul <16 x float> %294, %exp2
  %296 = getelementptr i32, ptr %260, i64 192
  %297 = load <16 x float>, ptr %296, align 64
  %298 = fmul <16 x float> %297, %exp2
  %299 = getelementptr i32, ptr %260, i64 208
  %300 = load <16 x float>, ptr %299, align 64
  %301 = fmul <16 x float> %300, %exp2
  %302 = getelementptr i32, ptr %260, i64 224
  %303 = load <16 x float>, ptr %302, align 64
  %304 = fmul <16 x float> %303, %exp2
  %305 = getelementptr i32, ptr %260, i64 240
  %306 = load <16 x float>, ptr %305, align 64
  %307 = fmul <16 x float> %306, %exp2
  br label %kpv

kpv:                                              ; preds = %body87, %body83
  %o.sroa.52.0 = phi <16 x float> [ %301, %body83 ], [ %355, %body87 ]
  %o.sroa.48.0 = phi <16 x float> [ %298, %body83 ], [ %352, %body87 ]
  %o.sroa.44.0 = phi <16 x float> [ %295, %body83 ], [ %349, %body87 ]
  %o.sroa.40.0 = phi <16 x float> [ %292, %body83 ], [ %346, %body87 ]
  %o.sroa.36.0 = phi <16 x float> [ %289, %body83 ], [ %343, %body87 ]
  %o.sroa.32.0 = phi <16 x float> [ %286, %body83 ], [ %340, %body87 ]
  %o.sroa.28.0 = phi <16 x float> [ %283, %body83 ], [ %337, %body87 ]
  %o.sroa.24.0 = phi <16 x float> [ %280, %body83 ], [ %334, %body87 ]
  %o.sroa.20.0 = phi <16 x float> [ %277, %body83 ], [ %331, %body87 ]
  %o.sroa.16.0 = phi <16 x float> [ %274, %body83 ], [ %328, %body87 ]
  %o.sroa.12.0 = phi <16 x float> [ %271, %body83 ], [ %325, %body87 ]
  %o.sroa.8.0 = phi <16 x float> [ %268, %body83 ], [ %322, %body87 ]
  %o.sroa.4.0 = phi <16 x float> [ %265, %body83 ], [ %319, %body87 ]
  %o.sroa.0.0 = phi <16 x float> [ %262, %body83 ], [ %316, %body87 ]
  %o.sroa.56.0 = phi <16 x float> [ %304, %body83 ], [ %358, %body87 ]
  %o.sroa.60.0 = phi <16 x float> [ %307, %body83 ], [ %361, %body87 ]
  %kpv90 = phi i32 [ 0, %body83 ], [ %362, %body87 ]
  %308 = icmp slt i32 %kpv90, %71
  br i1 %308, label %body87, label %exit89

body87:                                           ; preds = %kpv
  %309 = sext i32 %kpv90 to i64
  %310 = mul i64 %309, 16
  %311 = getelementptr i32, ptr %st, i64 %310
  %p = load <16 x float>, ptr %311, align 64
  %312 = mul i64 %309, 256
  %313 = getelementptr i8, ptr %vbuf, i64 %312
  %314 = getelementptr i32, ptr %313, i64 %258
  %v = load float, ptr %314, align 4
  %315 = insertelement <16 x float> poison, float %v, i32 0
  %splat91 = shufflevector <16 x float> %315, <16 x float> poison, <16 x i32> zeroinitializer
  %316 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat91, <16 x float> %o.sroa.0.0)
  %317 = getelementptr i32, ptr %314, i64 1
  %v92 = load float, ptr %317, align 4
  %318 = insertelement <16 x float> poison, float %v92, i32 0
  %splat93 = shufflevector <16 x float> %318, <16 x float> poison, <16 x i32> zeroinitializer
  %319 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat93, <16 x float> %o.sroa.4.0)
  %320 = getelementptr i32, ptr %314, i64 2
  %v94 = load float, ptr %320, align 4
  %321 = insertelement <16 x float> poison, float %v94, i32 0
  %splat95 = shufflevector <16 x float> %321, <16 x float> poison, <16 x i32> zeroinitializer
  %322 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat95, <16 x float> %o.sroa.8.0)
  %323 = getelementptr i32, ptr %314, i64 3
  %v96 = load float, ptr %323, align 4
  %324 = insertelement <16 x float> poison, float %v96, i32 0
  %splat97 = shufflevector <16 x float> %324, <16 x float> poison, <16 x i32> zeroinitializer
  %325 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat97, <16 x float> %o.sroa.12.0)
  %326 = getelementptr i32, ptr %314, i64 4
  %v98 = load float, ptr %326, align 4
  %327 = insertelement <16 x float> poison, float %v98, i32 0
  %splat99 = shufflevector <16 x float> %327, <16 x float> poison, <16 x i32> zeroinitializer
  %328 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat99, <16 x float> %o.sroa.16.0)
  %329 = getelementptr i32, ptr %314, i64 5
  %v100 = load float, ptr %329, align 4
  %330 = insertelement <16 x float> poison, float %v100, i32 0
  %splat101 = shufflevector <16 x float> %330, <16 x float> poison, <16 x i32> zeroinitializer
  %331 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat101, <16 x float> %o.sroa.20.0)
  %332 = getelementptr i32, ptr %314, i64 6
  %v102 = load float, ptr %332, align 4
  %333 = insertelement <16 x float> poison, float %v102, i32 0
  %splat103 = shufflevector <16 x float> %333, <16 x float> poison, <16 x i32> zeroinitializer
  %334 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat103, <16 x float> %o.sroa.24.0)
  %335 = getelementptr i32, ptr %314, i64 7
  %v104 = load float, ptr %335, align 4
  %336 = insertelement <16 x float> poison, float %v104, i32 0
  %splat105 = shufflevector <16 x float> %336, <16 x float> poison, <16 x i32> zeroinitializer
  %337 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat105, <16 x float> %o.sroa.28.0)
  %338 = getelementptr i32, ptr %314, i64 8
  %v106 = load float, ptr %338, align 4
  %339 = insertelement <16 x float> poison, float %v106, i32 0
  %splat107 = shufflevector <16 x float> %339, <16 x float> poison, <16 x i32> zeroinitializer
  %340 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat107, <16 x float> %o.sroa.32.0)
  %341 = getelementptr i32, ptr %314, i64 9
  %v108 = load float, ptr %341, align 4
  %342 = insertelement <16 x float> poison, float %v108, i32 0
  %splat109 = shufflevector <16 x float> %342, <16 x float> poison, <16 x i32> zeroinitializer
  %343 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat109, <16 x float> %o.sroa.36.0)
  %344 = getelementptr i32, ptr %314, i64 10
  %v110 = load float, ptr %344, align 4
  %345 = insertelement <16 x float> poison, float %v110, i32 0
  %splat111 = shufflevector <16 x float> %345, <16 x float> poison, <16 x i32> zeroinitializer
  %346 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat111, <16 x float> %o.sroa.40.0)
  %347 = getelementptr i32, ptr %314, i64 11
  %v112 = load float, ptr %347, align 4
  %348 = insertelement <16 x float> poison, float %v112, i32 0
  %splat113 = shufflevector <16 x float> %348, <16 x float> poison, <16 x i32> zeroinitializer
  %349 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat113, <16 x float> %o.sroa.44.0)
  %350 = getelementptr i32, ptr %314, i64 12
  %v114 = load float, ptr %350, align 4
  %351 = insertelement <16 x float> poison, float %v114, i32 0
  %splat115 = shufflevector <16 x float> %351, <16 x float> poison, <16 x i32> zeroinitializer
  %352 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat115, <16 x float> %o.sroa.48.0)
  %353 = getelementptr i32, ptr %314, i64 13
  %v116 = load float, ptr %353, align 4
  %354 = insertelement <16 x float> poison, float %v116, i32 0
  %splat117 = shufflevector <16 x float> %354, <16 x float> poison, <16 x i32> zeroinitializer
  %355 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat117, <16 x float> %o.sroa.52.0)
  %356 = getelementptr i32, ptr %314, i64 14
  %v118 = load float, ptr %356, align 4
  %357 = insertelement <16 x float> poison, float %v118, i32 0
  %splat119 = shufflevector <16 x float> %357, <16 x float> poison, <16 x i32> zeroinitializer
  %358 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat119, <16 x float> %o.sroa.56.0)
  %359 = getelementptr i32, ptr %314, i64 15
  %v120 = load float, ptr %359, align 4
  %360 = insertelement <16 x float> poison, float %v120, i32 0
  %splat121 = shufflevector <16 x float> %360, <16 x float> poison, <16 x i32> zeroinitializer
  %361 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat121, <16 x float> %o.sroa.60.0)
  %362 = add nsw i32 %kpv90, 1
  br label %kpv

exit89:                                           ; preds = %kpv
  store <16 x float> %o.sroa.0.0, ptr %260, align 64
  store <16 x float> %o.sroa.4.0, ptr %263, align 64
  store <16 x float> %o.sroa.8.0, ptr %266, align 64
  store <16 x float> %o.sroa.12.0, ptr %269, align 64
  store <16 x float> %o.sroa.16.0, ptr %272, align 64
  store <16 x float> %o.sroa.20.0, ptr %275, align 64
  store <16 x float> %o.sroa.24.0, ptr %278, align 64
  store <16 x float> %o.sroa.28.0, ptr %281, align 64
  store <16 x float> %o.sroa.32.0, ptr %284, align 64
  store <16 x float> %o.sroa.36.0, ptr %287, align 64
  store <16 x float> %o.sroa.40.0, ptr %290, align 64
  store <16 x float> %o.sroa.44.0, ptr %293, align 64
  store <16 x float> %o.sroa.48.0, ptr %296, align 64
  store <16 x float> %o.sroa.52.0, ptr %299, align 64
  store <16 x float> %o.sroa.56.0, ptr %302, align 64
  store <16 x float> %o.sroa.60.0, ptr %305, align 64
  %363 = add nsw i32 %pvblock86, 1
  br label %pvblock

orow122:                                          ; preds = %written, %exit16
  %orow126 = phi i32 [ 0, %exit16 ], [ %399, %written ]
  %364 = icmp slt i32 %orow126, %nrows
  br i1 %364, label %body123, label %done

body123:                                          ; preds = %orow122
  %365 = sext i32 %orow126 to i64
  %366 = getelementptr float, ptr %ms, i64 %365
  %m127 = load float, ptr %366, align 4
  %367 = getelementptr float, ptr %ls, i64 %365
  %l = load float, ptr %367, align 4
  %368 = sdiv i32 %orow126, 16
  %369 = srem i32 %orow126, 16
  %370 = sext i32 %368 to i64
  %371 = mul i64 %370, 1024
  %372 = getelementptr i32, ptr %ot, i64 %371
  br label %otrow

otrow:                                            ; preds = %body128, %body123
  %otrow131 = phi i32 [ 0, %body123 ], [ %381, %body128 ]
  %373 = icmp slt i32 %otrow131, 64
  br i1 %373, label %body128, label %exit130

body128:                                          ; preds = %otrow
  %374 = sext i32 %369 to i64
  %375 = sext i32 %otrow131 to i64
  %376 = mul i64 %375, 16
  %377 = add i64 %376, %374
  %378 = getelementptr i32, ptr %372, i64 %377
  %379 = load float, ptr %378, align 4
  %380 = getelementptr i32, ptr %rowbuf, i64 %375
  store float %379, ptr %380, align 4
  %381 = add nsw i32 %otrow131, 1
  br label %otrow

exit130:                                          ; preds = %otrow
  %382 = icmp ne ptr %part, null
  br i1 %382, label %partial, label %final

partial:                                          ; preds = %exit130
  %383 = sext i32 %nrows to i64
  %384 = mul i64 %365, 64
  %385 = getelementptr float, ptr %part, i64 %384
  br label %chunk132

final:                                            ; preds = %exit130
  %386 = sdiv i32 %orow126, %nh
  %qi137 = add i32 %q_begin, %386
  %387 = srem i32 %orow126, %nh
  %h138 = add i32 %h_begin, %387
  %388 = mul i32 %kv_head, 16
  %hq139 = add i32 %388, %h138
  %389 = sext i32 %qi137 to i64
  %390 = add i64 %q_row0, %389
  %391 = mul i64 %390, 16
  %392 = sext i32 %hq139 to i64
  %orow140 = add i64 %391, %392
  %393 = fcmp oeq float %l, 0.000000e+00
  %394 = fdiv float 1.000000e+00, %l
  %395 = select i1 %393, float 0.000000e+00, float %394
  %396 = mul i64 %orow140, 256
  %397 = getelementptr i8, ptr %out, i64 %396
  %398 = insertelement <16 x float> poison, float %395, i32 0
  %splat141 = shufflevector <16 x float> %398, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk142

written:                                          ; preds = %chunk142, %exit135
  %399 = add nsw i32 %orow126, 1
  br label %orow122

chunk132:                                         ; preds = %body133, %partial
  %chunk136 = phi i64 [ 0, %partial ], [ %405, %body133 ]
  %400 = icmp slt i64 %chunk136, 4
  br i1 %400, label %body133, label %exit135

body133:                                          ; preds = %chunk132
  %401 = getelementptr <16 x float>, ptr %rowbuf, i64 %chunk136
  %402 = load <16 x float>, ptr %401, align 64
  %403 = mul i64 %chunk136, 64
  %404 = getelementptr i8, ptr %385, i64 %403
  store <16 x float> %402, ptr %404, align 4
  %405 = add nsw i64 %chunk136, 1
  br label %chunk132

exit135:                                          ; preds = %chunk132
  %406 = mul i64 %383, 64
  %407 = add i64 %406, %365
  %408 = getelementptr float, ptr %part, i64 %407
  store float %m127, ptr %408, align 4
  %409 = add i64 %407, %383
  %410 = getelementptr float, ptr %part, i64 %409
  store float %l, ptr %410, align 4
  br label %written

chunk142:                                         ; preds = %body143, %final
  %chunk146 = phi i64 [ 0, %final ], [ %417, %body143 ]
  %411 = icmp slt i64 %chunk146, 4
  br i1 %411, label %body143, label %written

body143:                                          ; preds = %chunk142
  %412 = getelementptr <16 x float>, ptr %rowbuf, i64 %chunk146
  %413 = load <16 x float>, ptr %412, align 64
  %414 = fmul <16 x float> %413, %splat141
  %415 = mul i64 %chunk146, 64
  %416 = getelementptr i8, ptr %397, i64 %415
  store <16 x float> %414, ptr %416, align 4
  %417 = add nsw i64 %chunk146, 1
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
