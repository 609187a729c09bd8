; ModuleID = 'llama3_8b'
source_filename = "llama3_8b"
target triple = "x86_64-unknown-linux-gnu"

@llama3_8b.name = private unnamed_addr constant [10 x i8] c"llama3_8b\00"
@llama3_8b.spec = private unnamed_addr constant [250 x i8] c"attncc: 1\0Aname: llama3_8b\0Aphase: mixed\0Aheads: {q: 32, kv: 8, dim: 128, v_dim: 128}\0Atypes: {q: f32, cache: f16, out: f32}\0Ascale: auto\0Acache: {store: kv, layout: contiguous, order: token_major, capacity: 8192}\0Amask: {causal: true}\0Aoutput: {lse: true}\0A\00"
@llama3_8b_info_data = internal constant { i32, i32, i64, ptr, ptr, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, float } { i32 1, i32 1, i64 -3731649210483418993, ptr @llama3_8b.name, ptr @llama3_8b.spec, i32 32, i32 8, i32 128, i32 128, i32 0, i32 1, i32 0, i32 2, i32 0, i32 0, i32 8192, i32 1, i32 1, float 0x3FB6A09E60000000 }, align 8
@llama3_8b_kernel = internal constant { ptr, ptr, i32, i32, i32, i32 } { ptr @llama3_8b_info_data, ptr @llama3_8b_tile, i32 32, i32 4, i32 16, i32 256 }, align 8

; Function Attrs: nounwind
define internal void @llama3_8b_tile(ptr %0, ptr %1) #0 {
entry:
  %lv = alloca [8 x <16 x float>], align 64
  %mv = alloca [8 x <16 x float>], align 64
  %lims = alloca [128 x i32], align 64
  %rowbuf = alloca [8 x <16 x float>], align 64
  %ot = alloca [65536 x i8], align 64
  %st = alloca [7680 x i8], align 64
  %vbuf = alloca [24576 x i8], align 64
  %kbuf = alloca [30720 x i8], align 64
  %qt = alloca [65536 x i8], align 64
  %ls = alloca [128 x float], align 64
  %ms = alloca [128 x float], align 64
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
  %q_pos0 = load i32, ptr %9, align 4
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
  %lse = load ptr, ptr %15, align 8
  %16 = getelementptr i8, ptr %0, i64 56
  %k_cache = load ptr, ptr %16, align 8
  %17 = sext i32 %seq to i64
  %18 = sext i32 %kv_head to i64
  %19 = mul i64 %17, 65536
  %20 = add i64 %19, %18
  %21 = mul i64 %20, 256
  %22 = getelementptr i8, ptr %k_cache, i64 %21
  %23 = getelementptr i8, ptr %0, i64 64
  %v_cache = load ptr, ptr %23, align 8
  %24 = getelementptr i8, ptr %v_cache, i64 %21
  %25 = icmp sgt i32 %nrows, 0
  br i1 %25, label %qrow, label %done

done:                                             ; preds = %orow125, %entry
  ret void

qrow:                                             ; preds = %entry, %exit8
  %qrow1 = phi i32 [ %70, %exit8 ], [ 0, %entry ]
  %26 = icmp slt i32 %qrow1, 128
  br i1 %26, label %body, label %otzero

body:                                             ; preds = %qrow
  %27 = icmp slt i32 %qrow1, %nrows
  %28 = sub i32 %nrows, 1
  %29 = call i32 @llvm.smin.i32(i32 %qrow1, i32 %28)
  %30 = sdiv i32 %29, %nh
  %qi = add i32 %q_begin, %30
  %31 = srem i32 %29, %nh
  %h = add i32 %h_begin, %31
  %32 = mul i32 %kv_head, 4
  %hq = add i32 %32, %h
  %33 = sext i32 %qi to i64
  %34 = add i64 %q_row0, %33
  %35 = mul i64 %34, 32
  %36 = sext i32 %hq to i64
  %orow = add i64 %35, %36
  %37 = mul i64 %orow, 512
  %38 = getelementptr i8, ptr %q, i64 %37
  %39 = select i1 %27, float 0x3FC0527DC0000000, float 0.000000e+00
  %40 = insertelement <16 x float> poison, float %39, i32 0
  %splat = shufflevector <16 x float> %40, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk

chunk:                                            ; preds = %body2, %body
  %chunk5 = phi i64 [ 0, %body ], [ %47, %body2 ]
  %41 = icmp slt i64 %chunk5, 8
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
  %50 = add i32 %q_pos0, %qi
  %51 = add i32 %50, 1
  %52 = call i32 @llvm.smin.i32(i32 %51, i32 %k_end)
  store i32 %52, ptr %49, align 4
  %53 = sdiv i32 %qrow1, 32
  %54 = sext i32 %53 to i64
  %55 = mul i64 %54, 4096
  %56 = mul i64 %55, 4
  %57 = getelementptr i8, ptr %qt, i64 %56
  %58 = srem i32 %qrow1, 32
  br label %qcol

qcol:                                             ; preds = %body6, %exit4
  %qcol9 = phi i32 [ 0, %exit4 ], [ %69, %body6 ]
  %59 = icmp slt i32 %qcol9, 128
  br i1 %59, label %body6, label %exit8

body6:                                            ; preds = %qcol
  %60 = sext i32 %qcol9 to i64
  %61 = mul i64 %60, 4
  %62 = getelementptr i8, ptr %rowbuf, i64 %61
  %63 = load float, ptr %62, align 4
  %64 = sext i32 %58 to i64
  %65 = mul i64 %60, 32
  %66 = add i64 %65, %64
  %67 = mul i64 %66, 4
  %68 = getelementptr i8, ptr %57, i64 %67
  store float %63, ptr %68, align 4
  %69 = add nsw i32 %qcol9, 1
  br label %qcol

exit8:                                            ; preds = %qcol
  %70 = add nsw i32 %qrow1, 1
  br label %qrow

otzero:                                           ; preds = %qrow, %body10
  %otzero13 = phi i32 [ %76, %body10 ], [ 0, %qrow ]
  %71 = icmp slt i32 %otzero13, 1024
  br i1 %71, label %body10, label %exit12

body10:                                           ; preds = %otzero
  %72 = sext i32 %otzero13 to i64
  %73 = mul i64 %72, 16
  %74 = mul i64 %73, 4
  %75 = getelementptr i8, ptr %ot, i64 %74
  store <16 x float> zeroinitializer, ptr %75, align 64
  %76 = add nsw i32 %otzero13, 1
  br label %otzero

exit12:                                           ; preds = %otzero
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %mv, align 64
  store <16 x float> zeroinitializer, ptr %lv, align 64
  %77 = getelementptr <16 x float>, ptr %mv, i64 1
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %77, align 64
  %78 = getelementptr <16 x float>, ptr %lv, i64 1
  store <16 x float> zeroinitializer, ptr %78, align 64
  %79 = getelementptr <16 x float>, ptr %mv, i64 2
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %79, align 64
  %80 = getelementptr <16 x float>, ptr %lv, i64 2
  store <16 x float> zeroinitializer, ptr %80, align 64
  %81 = getelementptr <16 x float>, ptr %mv, i64 3
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %81, align 64
  %82 = getelementptr <16 x float>, ptr %lv, i64 3
  store <16 x float> zeroinitializer, ptr %82, align 64
  %83 = getelementptr <16 x float>, ptr %mv, i64 4
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %83, align 64
  %84 = getelementptr <16 x float>, ptr %lv, i64 4
  store <16 x float> zeroinitializer, ptr %84, align 64
  %85 = getelementptr <16 x float>, ptr %mv, i64 5
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %85, align 64
  %86 = getelementptr <16 x float>, ptr %lv, i64 5
  store <16 x float> zeroinitializer, ptr %86, align 64
  %87 = getelementptr <16 x float>, ptr %mv, i64 6
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %87, align 64
  %88 = getelementptr <16 x float>, ptr %lv, i64 6
  store <16 x float> zeroinitializer, ptr %88, align 64
  %89 = getelementptr <16 x float>, ptr %mv, i64 7
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %89, align 64
  %90 = getelementptr <16 x float>, ptr %lv, i64 7
  store <16 x float> zeroinitializer, ptr %90, align 64
  %91 = sub i32 %nrows, 1
  %92 = sdiv i32 %91, %nh
  %93 = add i32 %q_begin, %92
  %94 = add i32 %q_pos0, %93
  %95 = add i32 %94, 1
  %96 = call i32 @llvm.smin.i32(i32 %95, i32 %k_end)
  %k_last = sub i32 %96, 1
  br label %ktile

ktile:                                            ; preds = %exit43, %exit12
  %ktile17 = phi i32 [ %k_begin, %exit12 ], [ %242, %exit43 ]
  %97 = icmp slt i32 %ktile17, %96
  br i1 %97, label %body14, label %exit16

body14:                                           ; preds = %ktile
  %98 = sub i32 %96, %ktile17
  %99 = call i32 @llvm.smin.i32(i32 48, i32 %98)
  %100 = add i32 %99, 11
  %101 = sdiv i32 %100, 12
  %102 = mul i32 %101, 12
  br label %kpack

exit16:                                           ; preds = %ktile
  %103 = load <16 x float>, ptr %mv, align 64
  store <16 x float> %103, ptr %ms, align 64
  %104 = load <16 x float>, ptr %lv, align 64
  store <16 x float> %104, ptr %ls, align 64
  %105 = getelementptr float, ptr %ms, i64 16
  %106 = load <16 x float>, ptr %77, align 64
  store <16 x float> %106, ptr %105, align 64
  %107 = getelementptr float, ptr %ls, i64 16
  %108 = load <16 x float>, ptr %78, align 64
  store <16 x float> %108, ptr %107, align 64
  %109 = getelementptr float, ptr %ms, i64 32
  %110 = load <16 x float>, ptr %79, align 64
  store <16 x float> %110, ptr %109, align 64
  %111 = getelementptr float, ptr %ls, i64 32
  %112 = load <16 x float>, ptr %80, align 64
  store <16 x float> %112, ptr %111, align 64
  %113 = getelementptr float, ptr %ms, i64 48
  %114 = load <16 x float>, ptr %81, align 64
  store <16 x float> %114, ptr %113, align 64
  %115 = getelementptr float, ptr %ls, i64 48
  %116 = load <16 x float>, ptr %82, align 64
  store <16 x float> %116, ptr %115, align 64
  %117 = getelementptr float, ptr %ms, i64 64
  %118 = load <16 x float>, ptr %83, align 64
  store <16 x float> %118, ptr %117, align 64
  %119 = getelementptr float, ptr %ls, i64 64
  %120 = load <16 x float>, ptr %84, align 64
  store <16 x float> %120, ptr %119, align 64
  %121 = getelementptr float, ptr %ms, i64 80
  %122 = load <16 x float>, ptr %85, align 64
  store <16 x float> %122, ptr %121, align 64
  %123 = getelementptr float, ptr %ls, i64 80
  %124 = load <16 x float>, ptr %86, align 64
  store <16 x float> %124, ptr %123, align 64
  %125 = getelementptr float, ptr %ms, i64 96
  %126 = load <16 x float>, ptr %87, align 64
  store <16 x float> %126, ptr %125, align 64
  %127 = getelementptr float, ptr %ls, i64 96
  %128 = load <16 x float>, ptr %88, align 64
  store <16 x float> %128, ptr %127, align 64
  %129 = getelementptr float, ptr %ms, i64 112
  %130 = load <16 x float>, ptr %89, align 64
  store <16 x float> %130, ptr %129, align 64
  %131 = getelementptr float, ptr %ls, i64 112
  %132 = load <16 x float>, ptr %90, align 64
  store <16 x float> %132, ptr %131, align 64
  br label %orow125

kpack:                                            ; preds = %body18, %body14
  %kpack21 = phi i32 [ 0, %body14 ], [ %179, %body18 ]
  %133 = icmp slt i32 %kpack21, %102
  br i1 %133, label %body18, label %exit20

body18:                                           ; preds = %kpack
  %134 = add i32 %ktile17, %kpack21
  %135 = call i32 @llvm.smin.i32(i32 %134, i32 %k_last)
  %136 = sext i32 %135 to i64
  %137 = mul i64 %136, 2048
  %138 = getelementptr i8, ptr %22, i64 %137
  %139 = load <16 x half>, ptr %138, align 2
  %f16 = fpext <16 x half> %139 to <16 x float>
  %140 = sext i32 %kpack21 to i64
  %141 = mul i64 %140, 128
  %142 = mul i64 %141, 4
  %143 = getelementptr i8, ptr %kbuf, i64 %142
  store <16 x float> %f16, ptr %143, align 64
  %144 = getelementptr i8, ptr %138, i64 32
  %145 = load <16 x half>, ptr %144, align 2
  %f1622 = fpext <16 x half> %145 to <16 x float>
  %146 = add i64 %141, 16
  %147 = mul i64 %146, 4
  %148 = getelementptr i8, ptr %kbuf, i64 %147
  store <16 x float> %f1622, ptr %148, align 64
  %149 = getelementptr i8, ptr %138, i64 64
  %150 = load <16 x half>, ptr %149, align 2
  %f1623 = fpext <16 x half> %150 to <16 x float>
  %151 = add i64 %141, 32
  %152 = mul i64 %151, 4
  %153 = getelementptr i8, ptr %kbuf, i64 %152
  store <16 x float> %f1623, ptr %153, align 64
  %154 = getelementptr i8, ptr %138, i64 96
  %155 = load <16 x half>, ptr %154, align 2
  %f1624 = fpext <16 x half> %155 to <16 x float>
  %156 = add i64 %141, 48
  %157 = mul i64 %156, 4
  %158 = getelementptr i8, ptr %kbuf, i64 %157
  store <16 x float> %f1624, ptr %158, align 64
  %159 = getelementptr i8, ptr %138, i64 128
  %160 = load <16 x half>, ptr %159, align 2
  %f1625 = fpext <16 x half> %160 to <16 x float>
  %161 = add i64 %141, 64
  %162 = mul i64 %161, 4
  %163 = getelementptr i8, ptr %kbuf, i64 %162
  store <16 x float> %f1625, ptr %163, align 64
  %164 = getelementptr i8, ptr %138, i64 160
  %165 = load <16 x half>, ptr %164, align 2
  %f1626 = fpext <16 x half> %165 to <16 x float>
  %166 = add i64 %141, 80
  %167 = mul i64 %166, 4
  %168 = getelementptr i8, ptr %kbuf, i64 %167
  store <16 x float> %f1626, ptr %168, align 64
  %169 = getelementptr i8, ptr %138, i64 192
  %170 = load <16 x half>, ptr %169, align 2
  %f1627 = fpext <16 x half> %170 to <16 x float>
  %171 = add i64 %141, 96
  %172 = mul i64 %171, 4
  %173 = getelementptr i8, ptr %kbuf, i64 %172
  store <16 x float> %f1627, ptr %173, align 64
  %174 = getelementptr i8, ptr %138, i64 224
  %175 = load <16 x half>, ptr %174, align 2
  %f1628 = fpext <16 x half> %175 to <16 x float>
  %176 = add i64 %141, 112
  %177 = mul i64 %176, 4
  %178 = getelementptr i8, ptr %kbuf, i64 %177
  store <16 x float> %f1628, ptr %178, align 64
  %179 = add nsw i32 %kpack21, 1
  br label %kpack

exit20:                                           ; preds = %kpack
  %180 = sext i32 %ktile17 to i64
  %181 = mul i64 %180, 2048
  br label %vpack

vpack:                                            ; preds = %body29, %exit20
  %vpack32 = phi i32 [ 0, %exit20 ], [ %227, %body29 ]
  %182 = icmp slt i32 %vpack32, %99
  br i1 %182, label %body29, label %exit31

body29:                                           ; preds = %vpack
  %183 = add i32 %ktile17, %vpack32
  %184 = sext i32 %183 to i64
  %185 = mul i64 %184, 2048
  %186 = getelementptr i8, ptr %24, i64 %185
  %187 = load <16 x half>, ptr %186, align 2
  %f1633 = fpext <16 x half> %187 to <16 x float>
  %188 = sext i32 %vpack32 to i64
  %189 = mul i64 %188, 128
  %190 = mul i64 %189, 4
  %191 = getelementptr i8, ptr %vbuf, i64 %190
  store <16 x float> %f1633, ptr %191, align 64
  %192 = getelementptr i8, ptr %186, i64 32
  %193 = load <16 x half>, ptr %192, align 2
  %f1634 = fpext <16 x half> %193 to <16 x float>
  %194 = add i64 %189, 16
  %195 = mul i64 %194, 4
  %196 = getelementptr i8, ptr %vbuf, i64 %195
  store <16 x float> %f1634, ptr %196, align 64
  %197 = getelementptr i8, ptr %186, i64 64
  %198 = load <16 x half>, ptr %197, align 2
  %f1635 = fpext <16 x half> %198 to <16 x float>
  %199 = add i64 %189, 32
  %200 = mul i64 %199, 4
  %201 = getelementptr i8, ptr %vbuf, i64 %200
  store <16 x float> %f1635, ptr %201, align 64
  %202 = getelementptr i8, ptr %186, i64 96
  %203 = load <16 x half>, ptr %202, align 2
  %f1636 = fpext <16 x half> %203 to <16 x float>
  %204 = add i64 %189, 48
  %205 = mul i64 %204, 4
  %206 = getelementptr i8, ptr %vbuf, i64 %205
  store <16 x float> %f1636, ptr %206, align 64
  %207 = getelementptr i8, ptr %186, i64 128
  %208 = load <16 x half>, ptr %207, align 2
  %f1637 = fpext <16 x half> %208 to <16 x float>
  %209 = add i64 %189, 64
  %210 = mul i64 %209, 4
  %211 = getelementptr i8, ptr %vbuf, i64 %210
  store <16 x float> %f1637, ptr %211, align 64
  %212 = getelementptr i8, ptr %186, i64 160
  %213 = load <16 x half>, ptr %212, align 2
  %f1638 = fpext <16 x half> %213 to <16 x float>
  %214 = add i64 %189, 80
  %215 = mul i64 %214, 4
  %216 = getelementptr i8, ptr %vbuf, i64 %215
  store <16 x float> %f1638, ptr %216, align 64
  %217 = getelementptr i8, ptr %186, i64 192
  %218 = load <16 x half>, ptr %217, align 2
  %f1639 = fpext <16 x half> %218 to <16 x float>
  %219 = add i64 %189, 96
  %220 = mul i64 %219, 4
  %221 = getelementptr i8, ptr %vbuf, i64 %220
  store <16 x float> %f1639, ptr %221, align 64
  %222 = getelementptr i8, ptr %186, i64 224
  %223 = load <16 x half>, ptr %222, align 2
  %f1640 = fpext <16 x half> %223 to <16 x float>
  %224 = add i64 %189, 112
  %225 = mul i64 %224, 4
  %226 = getelementptr i8, ptr %vbuf, i64 %225
  store <16 x float> %f1640, ptr %226, align 64
  %227 = add nsw i32 %vpack32, 1
  br label %vpack

exit31:                                           ; preds = %vpack
  %228 = add i32 %nrows, 31
  %nblk = sdiv i32 %228, 32
  br label %rblock

rblock:                                           ; preds = %join, %exit31
  %rblock44 = phi i32 [ 0, %exit31 ], [ %256, %join ]
  %229 = icmp slt i32 %rblock44, %nblk
  br i1 %229, label %body41, label %exit43

body41:                                           ; preds = %rblock
  %230 = sext i32 %rblock44 to i64
  %231 = mul i32 %rblock44, 32
  %232 = add i32 %231, 31
  %233 = call i32 @llvm.smin.i32(i32 %232, i32 %91)
  %234 = sdiv i32 %233, %nh
  %235 = add i32 %q_begin, %234
  %236 = add i32 %q_pos0, %235
  %237 = add i32 %236, 1
  %238 = call i32 @llvm.smin.i32(i32 %237, i32 %k_end)
  %239 = sub i32 %238, %ktile17
  %240 = call i32 @llvm.smin.i32(i32 %99, i32 %239)
  %241 = icmp sgt i32 %240, 0
  br i1 %241, label %rvisit, label %join

exit43:                                           ; preds = %rblock
  %242 = add nsw i32 %ktile17, 48
  br label %ktile

rvisit:                                           ; preds = %body41
  %243 = mul i64 %230, 4096
  %244 = mul i64 %243, 4
  %245 = getelementptr i8, ptr %qt, i64 %244
  %246 = getelementptr i8, ptr %ot, i64 %244
  %247 = mul i64 %230, 2
  %248 = getelementptr <16 x float>, ptr %mv, i64 %247
  %249 = getelementptr <16 x float>, ptr %lv, i64 %247
  %250 = mul i64 %230, 32
  %251 = mul i64 %250, 4
  %252 = getelementptr i8, ptr %lims, i64 %251
  %limv = load <16 x i32>, ptr %252, align 64
  %253 = add i64 %250, 16
  %254 = mul i64 %253, 4
  %255 = getelementptr i8, ptr %lims, i64 %254
  %limv45 = load <16 x i32>, ptr %255, align 64
  br label %sblock

join:                                             ; preds = %pvblock, %body41
  %256 = add nsw i32 %rblock44, 1
  br label %rblock

sblock:                                           ; preds = %exit52, %rvisit
  %sblock49 = phi i32 [ 0, %rvisit ], [ %436, %exit52 ]
  %257 = icmp slt i32 %sblock49, %240
  br i1 %257, label %body46, label %smask

body46:                                           ; preds = %sblock
  %258 = sext i32 %sblock49 to i64
  %259 = mul i64 %258, 128
  %260 = mul i64 %259, 4
  %261 = getelementptr i8, ptr %kbuf, i64 %260
  br label %sdim

sdim:                                             ; preds = %body50, %body46
  %sacc.sroa.92.0 = phi <16 x float> [ zeroinitializer, %body46 ], [ %340, %body50 ]
  %sacc.sroa.88.0 = phi <16 x float> [ zeroinitializer, %body46 ], [ %339, %body50 ]
  %sacc.sroa.84.0 = phi <16 x float> [ zeroinitializer, %body46 ], [ %334, %body50 ]
  %sacc.sroa.80.0 = phi <16 x float> [ zeroinitializer, %body46 ], [ %333, %body50 ]
  %sacc.sroa.76.0 = phi <16 x float> [ zeroinitializer, %body46 ], [ %328, %body50 ]
  %sacc.sroa.72.0 = phi <16 x float> [ zeroinitializer, %body46 ], [ %327, %body50 ]
  %sacc.sroa.68.0 = phi <16 x float> [ zeroinitializer, %body46 ], [ %322, %body50 ]
  %sacc.sroa.64.0 = phi <16 x float> [ zeroinitializer, %body46 ], [ %321, %body50 ]
  %sacc.sroa.60.0 = phi <16 x float> [ zeroinitializer, %body46 ], [ %316, %body50 ]
  %sacc.sroa.56.0 = phi <16 x float> [ zeroinitializer, %body46 ], [ %315, %body50 ]
  %sacc.sroa.52.0 = phi <16 x float> [ zeroinitializer, %body46 ], [ %310, %body50 ]
  %sacc.sroa.48.0 = phi <16 x float> [ zeroinitializer, %body46 ], [ %309, %body50 ]
  %sacc.sroa.44.0 = phi <16 x float> [ zeroinitializer, %body46 ], [ %304, %body50 ]
  %sacc.sroa.40.0 = phi <16 x float> [ zeroinitializer, %body46 ], [ %303, %body50 ]
  %sacc.sroa.36.0 = phi <16 x float> [ zeroinitializer, %body46 ], [ %298, %body50 ]
  %sacc.sroa.32.0 = phi <16 x float> [ zeroinitializer, %body46 ], [ %297, %body50 ]
  %sacc.sroa.28.0 = phi <16 x float> [ zeroinitializer, %body46 ], [ %292, %body50 ]
  %sacc.sroa.24.0 = phi <16 x float> [ zeroinitializer, %body46 ], [ %291, %body50 ]
  %sacc.sroa.20.0 = phi <16 x float> [ zeroinitializer, %body46 ], [ %286, %body50 ]
  %sacc.sroa.16.0 = phi <16 x float> [ zeroinitializer, %body46 ], [ %285, %body50 ]
  %sacc.sroa.12.0 = phi <16 x float> [ zeroinitializer, %body46 ], [ %280, %body50 ]
  %sacc.sroa.8.0 = phi <16 x float> [ zeroinitializer, %body46 ], [ %279, %body50 ]
  %sacc.sroa.4.0 = phi <16 x float> [ zeroinitializer, %body46 ], [ %274, %body50 ]
  %sacc.sroa.0.0 = phi <16 x float> [ zeroinitializer, %body46 ], [ %273, %body50 ]
  %sdim53 = phi i32 [ 0, %body46 ], [ %341, %body50 ]
  %262 = icmp slt i32 %sdim53, 128
  br i1 %262, label %body50, label %exit52

body50:                                           ; preds = %sdim
  %263 = sext i32 %sdim53 to i64
  %264 = mul i64 %263, 32
  %265 = mul i64 %264, 4
  %266 = getelementptr i8, ptr %245, i64 %265
  %qt54 = load <16 x float>, ptr %266, align 64
  %267 = add i64 %264, 16
  %268 = mul i64 %267, 4
  %269 = getelementptr i8, ptr %245, i64 %268
  %qt55 = load <16 x float>, ptr %269, align 64
  %270 = mul i64 %263, 4
  %271 = getelementptr i8, ptr %261, i64 %270
  %k = load float, ptr %271, align 4
  %272 = insertelement <16 x float> poison, float %k, i32 0
  %splat56 = shufflevector <16 x float> %272, <16 x float> poison, <16 x i32> zeroinitializer
  %273 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt54, <16 x float> %splat56, <16 x float> %sacc.sroa.0.0)
  %274 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt55, <16 x float> %splat56, <16 x float> %sacc.sroa.4.0)
  %275 = add i64 128, %263
  %276 = mul i64 %275, 4
  %277 = getelementptr i8, ptr %261, i64 %276
  %k57 = load float, ptr %277, align 4
  %278 = insertelement <16 x float> poison, float %k57, i32 0
  %splat58 = shufflevector <16 x float> %278, <16 x float> poison, <16 x i32> zeroinitializer
  %279 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt54, <16 x float> %splat58, <16 x float> %sacc.sroa.8.0)
  %280 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt55, <16 x float> %splat58, <16 x float> %sacc.sroa.12.0)
  %281 = add i64 256, %263
  %282 = mul i64 %281, 4
  %283 = getelementptr i8, ptr %261, i64 %282
  %k59 = load float, ptr %283, align 4
  %284 = insertelement <16 x float> poison, float %k59, i32 0
  %splat60 = shufflevector <16 x float> %284, <16 x float> poison, <16 x i32> zeroinitializer
  %285 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt54, <16 x float> %splat60, <16 x float> %sacc.sroa.16.0)
  %286 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt55, <16 x float> %splat60, <16 x float> %sacc.sroa.20.0)
  %287 = add i64 384, %263
  %288 = mul i64 %287, 4
  %289 = getelementptr i8, ptr %261, i64 %288
  %k61 = load float, ptr %289, align 4
  %290 = insertelement <16 x float> poison, float %k61, i32 0
  %splat62 = shufflevector <16 x float> %290, <16 x float> poison, <16 x i32> zeroinitializer
  %291 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt54, <16 x float> %splat62, <16 x float> %sacc.sroa.24.0)
  %292 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt55, <16 x float> %splat62, <16 x float> %sacc.sroa.28.0)
  %293 = add i64 512, %263
  %294 = mul i64 %293, 4
  %295 = getelementptr i8, ptr %261, i64 %294
  %k63 = load float, ptr %295, align 4
  %296 = insertelement <16 x float> poison, float %k63, i32 0
  %splat64 = shufflevector <16 x float> %296, <16 x float> poison, <16 x i32> zeroinitializer
  %297 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt54, <16 x float> %splat64, <16 x float> %sacc.sroa.32.0)
  %298 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt55, <16 x float> %splat64, <16 x float> %sacc.sroa.36.0)
  %299 = add i64 640, %263
  %300 = mul i64 %299, 4
  %301 = getelementptr i8, ptr %261, i64 %300
  %k65 = load float, ptr %301, align 4
  %302 = insertelement <16 x float> poison, float %k65, i32 0
  %splat66 = shufflevector <16 x float> %302, <16 x float> poison, <16 x i32> zeroinitializer
  %303 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt54, <16 x float> %splat66, <16 x float> %sacc.sroa.40.0)
  %304 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt55, <16 x float> %splat66, <16 x float> %sacc.sroa.44.0)
  %305 = add i64 768, %263
  %306 = mul i64 %305, 4
  %307 = getelementptr i8, ptr %261, i64 %306
  %k67 = load float, ptr %307, align 4
  %308 = insertelement <16 x float> poison, float %k67, i32 0
  %splat68 = shufflevector <16 x float> %308, <16 x float> poison, <16 x i32> zeroinitializer
  %309 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt54, <16 x float> %splat68, <16 x float> %sacc.sroa.48.0)
  %310 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt55, <16 x float> %splat68, <16 x float> %sacc.sroa.52.0)
  %311 = add i64 896, %263
  %312 = mul i64 %311, 4
  %313 = getelementptr i8, ptr %261, i64 %312
  %k69 = load float, ptr %313, align 4
  %314 = insertelement <16 x float> poison, float %k69, i32 0
  %splat70 = shufflevector <16 x float> %314, <16 x float> poison, <16 x i32> zeroinitializer
  %315 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt54, <16 x float> %splat70, <16 x float> %sacc.sroa.56.0)
  %316 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt55, <16 x float> %splat70, <16 x float> %sacc.sroa.60.0)
  %317 = add i64 1024, %263
  %318 = mul i64 %317, 4
  %319 = getelementptr i8, ptr %261, i64 %318
  %k71 = load float, ptr %319, align 4
  %320 = insertelement <16 x float> poison, float %k71, i32 0
  %splat72 = shufflevector <16 x float> %320, <16 x float> poison, <16 x i32> zeroinitializer
  %321 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt54, <16 x float> %splat72, <16 x float> %sacc.sroa.64.0)
  %322 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt55, <16 x float> %splat72, <16 x float> %sacc.sroa.68.0)
  %323 = add i64 1152, %263
  %324 = mul i64 %323, 4
  %325 = getelementptr i8, ptr %261, i64 %324
  %k73 = load float, ptr %325, align 4
  %326 = insertelement <16 x float> poison, float %k73, i32 0
  %splat74 = shufflevector <16 x float> %326, <16 x float> poison, <16 x i32> zeroinitializer
  %327 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt54, <16 x float> %splat74, <16 x float> %sacc.sroa.72.0)
  %328 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt55, <16 x float> %splat74, <16 x float> %sacc.sroa.76.0)
  %329 = add i64 1280, %263
  %330 = mul i64 %329, 4
  %331 = getelementptr i8, ptr %261, i64 %330
  %k75 = load float, ptr %331, align 4
  %332 = insertelement <16 x float> poison, float %k75, i32 0
  %splat76 = shufflevector <16 x float> %332, <16 x float> poison, <16 x i32> zeroinitializer
  %333 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt54, <16 x float> %splat76, <16 x float> %sacc.sroa.80.0)
  %334 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt55, <16 x float> %splat76, <16 x float> %sacc.sroa.84.0)
  %335 = add i64 1408, %263
  %336 = mul i64 %335, 4
  %337 = getelementptr i8, ptr %261, i64 %336
  %k77 = load float, ptr %337, align 4
  %338 = insertelement <16 x float> poison, float %k77, i32 0
  %splat78 = shufflevector <16 x float> %338, <16 x float> poison, <16 x i32> zeroinitializer
  %339 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt54, <16 x float> %splat78, <16 x float> %sacc.sroa.88.0)
  %340 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt55, <16 x float> %splat78, <16 x float> %sacc.sroa.92.0)
  %341 = add nsw i32 %sdim53, 1
  br label %sdim

exit52:                                           ; preds = %sdim
  %342 = mul i64 %258, 32
  %343 = mul i64 %342, 4
  %344 = getelementptr i8, ptr %st, i64 %343
  store <16 x float> %sacc.sroa.0.0, ptr %344, align 64
  %345 = add i64 %342, 16
  %346 = mul i64 %345, 4
  %347 = getelementptr i8, ptr %st, i64 %346
  store <16 x float> %sacc.sroa.4.0, ptr %347, align 64
  %348 = add i32 %sblock49, 1
  %349 = sext i32 %348 to i64
  %350 = mul i64 %349, 32
  %351 = mul i64 %350, 4
  %352 = getelementptr i8, ptr %st, i64 %351
  store <16 x float> %sacc.sroa.8.0, ptr %352, align 64
  %353 = add i64 %350, 16
  %354 = mul i64 %353, 4
  %355 = getelementptr i8, ptr %st, i64 %354
  store <16 x float> %sacc.sroa.12.0, ptr %355, align 64
  %356 = add i32 %sblock49, 2
  %357 = sext i32 %356 to i64
  %358 = mul i64 %357, 32
  %359 = mul i64 %358, 4
  %360 = getelementptr i8, ptr %st, i64 %359
  store <16 x float> %sacc.sroa.16.0, ptr %360, align 64
  %361 = add i64 %358, 16
  %362 = mul i64 %361, 4
  %363 = getelementptr i8, ptr %st, i64 %362
  store <16 x float> %sacc.sroa.20.0, ptr %363, align 64
  %364 = add i32 %sblock49, 3
  %365 = sext i32 %364 to i64
  %366 = mul i64 %365, 32
  %367 = mul i64 %366, 4
  %368 = getelementptr i8, ptr %st, i64 %367
  store <16 x float> %sacc.sroa.24.0, ptr %368, align 64
  %369 = add i64 %366, 16
  %370 = mul i64 %369, 4
  %371 = getelementptr i8, ptr %st, i64 %370
  store <16 x float> %sacc.sroa.28.0, ptr %371, align 64
  %372 = add i32 %sblock49, 4
  %373 = sext i32 %372 to i64
  %374 = mul i64 %373, 32
  %375 = mul i64 %374, 4
  %376 = getelementptr i8, ptr %st, i64 %375
  store <16 x float> %sacc.sroa.32.0, ptr %376, align 64
  %377 = add i64 %374, 16
  %378 = mul i64 %377, 4
  %379 = getelementptr i8, ptr %st, i64 %378
  store <16 x float> %sacc.sroa.36.0, ptr %379, align 64
  %380 = add i32 %sblock49, 5
  %381 = sext i32 %380 to i64
  %382 = mul i64 %381, 32
  %383 = mul i64 %382, 4
  %384 = getelementptr i8, ptr %st, i64 %383
  store <16 x float> %sacc.sroa.40.0, ptr %384, align 64
  %385 = add i64 %382, 16
  %386 = mul i64 %385, 4
  %387 = getelementptr i8, ptr %st, i64 %386
  store <16 x float> %sacc.sroa.44.0, ptr %387, align 64
  %388 = add i32 %sblock49, 6
  %389 = sext i32 %388 to i64
  %390 = mul i64 %389, 32
  %391 = mul i64 %390, 4
  %392 = getelementptr i8, ptr %st, i64 %391
  store <16 x float> %sacc.sroa.48.0, ptr %392, align 64
  %393 = add i64 %390, 16
  %394 = mul i64 %393, 4
  %395 = getelementptr i8, ptr %st, i64 %394
  store <16 x float> %sacc.sroa.52.0, ptr %395, align 64
  %396 = add i32 %sblock49, 7
  %397 = sext i32 %396 to i64
  %398 = mul i64 %397, 32
  %399 = mul i64 %398, 4
  %400 = getelementptr i8, ptr %st, i64 %399
  store <16 x float> %sacc.sroa.56.0, ptr %400, align 64
  %401 = add i64 %398, 16
  %402 = mul i64 %401, 4
  %403 = getelementptr i8, ptr %st, i64 %402
  store <16 x float> %sacc.sroa.60.0, ptr %403, align 64
  %404 = add i32 %sblock49, 8
  %405 = sext i32 %404 to i64
  %406 = mul i64 %405, 32
  %407 = mul i64 %406, 4
  %408 = getelementptr i8, ptr %st, i64 %407
  store <16 x float> %sacc.sroa.64.0, ptr %408, align 64
  %409 = add i64 %406, 16
  %410 = mul i64 %409, 4
  %411 = getelementptr i8, ptr %st, i64 %410
  store <16 x float> %sacc.sroa.68.0, ptr %411, align 64
  %412 = add i32 %sblock49, 9
  %413 = sext i32 %412 to i64
  %414 = mul i64 %413, 32
  %415 = mul i64 %414, 4
  %416 = getelementptr i8, ptr %st, i64 %415
  store <16 x float> %sacc.sroa.72.0, ptr %416, align 64
  %417 = add i64 %414, 16
  %418 = mul i64 %417, 4
  %419 = getelementptr i8, ptr %st, i64 %418
  store <16 x float> %sacc.sroa.76.0, ptr %419, align 64
  %420 = add i32 %sblock49, 10
  %421 = sext i32 %420 to i64
  %422 = mul i64 %421, 32
  %423 = mul i64 %422, 4
  %424 = getelementptr i8, ptr %st, i64 %423
  store <16 x float> %sacc.sroa.80.0, ptr %424, align 64
  %425 = add i64 %422, 16
  %426 = mul i64 %425, 4
  %427 = getelementptr i8, ptr %st, i64 %426
  store <16 x float> %sacc.sroa.84.0, ptr %427, align 64
  %428 = add i32 %sblock49, 11
  %429 = sext i32 %428 to i64
  %430 = mul i64 %429, 32
  %431 = mul i64 %430, 4
  %432 = getelementptr i8, ptr %st, i64 %431
  store <16 x float> %sacc.sroa.88.0, ptr %432, align 64
  %433 = add i64 %430, 16
  %434 = mul i64 %433, 4
  %435 = getelementptr i8, ptr %st, i64 %434
  store <16 x float> %sacc.sroa.92.0, ptr %435, align 64
  %436 = add nsw i32 %sblock49, 12
  br label %sblock

smask:                                            ; preds = %sblock, %body79
  %tmax.sroa.4.0 = phi <16 x float> [ %452, %body79 ], [ <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, %sblock ]
  %tmax.sroa.0.0 = phi <16 x float> [ %446, %body79 ], [ <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, %sblock ]
  %smask82 = phi i32 [ %453, %body79 ], [ 0, %sblock ]
  %437 = icmp slt i32 %smask82, %240
  br i1 %437, label %body79, label %exit81

body79:                                           ; preds = %smask
  %438 = add i32 %ktile17, %smask82
  %439 = insertelement <16 x i32> poison, i32 %438, i32 0
  %splat83 = shufflevector <16 x i32> %439, <16 x i32> poison, <16 x i32> zeroinitializer
  %440 = sext i32 %smask82 to i64
  %441 = mul i64 %440, 32
  %442 = mul i64 %441, 4
  %443 = getelementptr i8, ptr %st, i64 %442
  %s = load <16 x float>, ptr %443, align 64
  %444 = icmp slt <16 x i32> %splat83, %limv
  %445 = select <16 x i1> %444, <16 x float> %s, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  store <16 x float> %445, ptr %443, align 64
  %446 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %tmax.sroa.0.0, <16 x float> %445)
  %447 = add i64 %441, 16
  %448 = mul i64 %447, 4
  %449 = getelementptr i8, ptr %st, i64 %448
  %s84 = load <16 x float>, ptr %449, align 64
  %450 = icmp slt <16 x i32> %splat83, %limv45
  %451 = select <16 x i1> %450, <16 x float> %s84, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  store <16 x float> %451, ptr %449, align 64
  %452 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %tmax.sroa.4.0, <16 x float> %451)
  %453 = add nsw i32 %smask82, 1
  br label %smask

exit81:                                           ; preds = %smask
  %m = load <16 x float>, ptr %248, align 64
  %454 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %m, <16 x float> %tmax.sroa.0.0)
  %455 = fcmp oeq <16 x float> %454, <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %muse85 = select <16 x i1> %455, <16 x float> zeroinitializer, <16 x float> %454
  %456 = fsub <16 x float> %m, %muse85
  %457 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %456, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %458 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %457, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %459 = fadd <16 x float> %458, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n = fsub <16 x float> %459, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f = fsub <16 x float> %458, %n
  %460 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %461 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %460, <16 x float> %f, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %462 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %461, <16 x float> %f, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %463 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %462, <16 x float> %f, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %464 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %463, <16 x float> %f, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %465 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %464, <16 x float> %f, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %466 = fptosi <16 x float> %n to <16 x i32>
  %467 = add <16 x i32> %466, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %468 = shl <16 x i32> %467, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %469 = bitcast <16 x i32> %468 to <16 x float>
  %exp2 = fmul <16 x float> %465, %469
  store <16 x float> %454, ptr %248, align 64
  %470 = getelementptr <16 x float>, ptr %248, i64 1
  %m86 = load <16 x float>, ptr %470, align 64
  %471 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %m86, <16 x float> %tmax.sroa.4.0)
  %472 = fcmp oeq <16 x float> %471, <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %muse87 = select <16 x i1> %472, <16 x float> zeroinitializer, <16 x float> %471
  %473 = fsub <16 x float> %m86, %muse87
  %474 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %473, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %475 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %474, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %476 = fadd <16 x float> %475, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n88 = fsub <16 x float> %476, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f89 = fsub <16 x float> %475, %n88
  %477 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f89, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %478 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %477, <16 x float> %f89, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %479 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %478, <16 x float> %f89, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %480 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %479, <16 x float> %f89, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %481 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %480, <16 x float> %f89, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %482 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %481, <16 x float> %f89, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %483 = fptosi <16 x float> %n88 to <16 x i32>
  %484 = add <16 x i32> %483, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %485 = shl <16 x i32> %484, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %486 = bitcast <16 x i32> %485 to <16 x float>
  %exp290 = fmul <16 x float> %482, %486
  store <16 x float> %471, ptr %470, align 64
  br label %sexp

sexp:                                             ; preds = %body91, %exit81
  %lsum.sroa.4.0 = phi <16 x float> [ zeroinitializer, %exit81 ], [ %526, %body91 ]
  %lsum.sroa.0.0 = phi <16 x float> [ zeroinitializer, %exit81 ], [ %507, %body91 ]
  %sexp94 = phi i32 [ 0, %exit81 ], [ %527, %body91 ]
  %487 = icmp slt i32 %sexp94, %240
  br i1 %487, label %body91, label %exit93

body91:                                           ; preds = %sexp
  %488 = sext i32 %sexp94 to i64
  %489 = mul i64 %488, 32
  %490 = mul i64 %489, 4
  %491 = getelementptr i8, ptr %st, i64 %490
  %492 = load <16 x float>, ptr %491, align 64
  %493 = fsub <16 x float> %492, %muse85
  %494 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %493, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %495 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %494, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %496 = fadd <16 x float> %495, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n95 = fsub <16 x float> %496, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f96 = fsub <16 x float> %495, %n95
  %497 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f96, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %498 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %497, <16 x float> %f96, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %499 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %498, <16 x float> %f96, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %500 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %499, <16 x float> %f96, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %501 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %500, <16 x float> %f96, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %502 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %501, <16 x float> %f96, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %503 = fptosi <16 x float> %n95 to <16 x i32>
  %504 = add <16 x i32> %503, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %505 = shl <16 x i32> %504, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %506 = bitcast <16 x i32> %505 to <16 x float>
  %exp297 = fmul <16 x float> %502, %506
  store <16 x float> %exp297, ptr %491, align 64
  %507 = fadd <16 x float> %lsum.sroa.0.0, %exp297
  %508 = add i64 %489, 16
  %509 = mul i64 %508, 4
  %510 = getelementptr i8, ptr %st, i64 %509
  %511 = load <16 x float>, ptr %510, align 64
  %512 = fsub <16 x float> %511, %muse87
  %513 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %512, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %514 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %513, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %515 = fadd <16 x float> %514, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n98 = fsub <16 x float> %515, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f99 = fsub <16 x float> %514, %n98
  %516 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f99, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %517 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %516, <16 x float> %f99, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %518 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %517, <16 x float> %f99, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %519 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %518, <16 x float> %f99, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %520 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %519, <16 x float> %f99, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %521 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %520, <16 x float> %f99, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %522 = fptosi <16 x float> %n98 to <16 x i32>
  %523 = add <16 x i32> %522, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %524 = shl <16 x i32> %523, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %525 = bitcast <16 x i32> %524 to <16 x float>
  %exp2100 = fmul <16 x float> %521, %525
  store <16 x float> %exp2100, ptr %510, align 64
  %526 = fadd <16 x float> %lsum.sroa.4.0, %exp2100
  %527 = add nsw i32 %sexp94, 1
  br label %sexp

exit93:                                           ; preds = %sexp
  %528 = load <16 x float>, ptr %249, align 64
  %529 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %528, <16 x float> %exp2, <16 x float> %lsum.sroa.0.0)
  store <16 x float> %529, ptr %249, align 64
  %530 = getelementptr <16 x float>, ptr %249, i64 1
  %531 = load <16 x float>, ptr %530, align 64
  %532 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %531, <16 x float> %exp290, <16 x float> %lsum.sroa.4.0)
  store <16 x float> %532, ptr %530, align 64
  br label %pvblock

pvblock:                                          ; preds = %exit107, %exit93
  %pvblock104 = phi i32 [ 0, %exit93 ], [ %674, %exit107 ]
  %533 = icmp slt i32 %pvblock104, 16
  br i1 %533, label %body101, label %join

body101:                                          ; preds = %pvblock
  %534 = mul i32 %pvblock104, 8
  %535 = sext i32 %534 to i64
  %536 = mul i64 %535, 32
  %537 = mul i64 %536, 4
  %538 = getelementptr i8, ptr %246, i64 %537
  %539 = load <16 x float>, ptr %538, align 64
  %540 = fmul <16 x float> %539, %exp2
  %541 = add i64 %536, 16
  %542 = mul i64 %541, 4
  %543 = getelementptr i8, ptr %246, i64 %542
  %544 = load <16 x float>, ptr %543, align 64
  %545 = fmul <16 x float> %544, %exp290
  %546 = add i64 %535, 1
  %547 = mul i64 %546, 32
  %548 = mul i64 %547, 4
  %549 = getelementptr i8, ptr %246, i64 %548
  %550 = load <16 x float>, ptr %549, align 64
  %551 = fmul <16 x float> %550, %exp2
  %552 = add i64 %547, 16
  %553 = mul i64 %552, 4
  %554 = getelementptr i8, ptr %246, i64 %553
  %555 = load <16 x float>, ptr %554, align 64
  %556 = fmul <16 x float> %555, %exp290
  %557 = add i64 %535, 2
  %558 = mul i64 %557, 32
  %559 = mul i64 %558, 4
  %560 = getelementptr i8, ptr %246, i64 %559
  %561 = load <16 x float>, ptr %560, align 64
  %562 = fmul <16 x float> %561, %exp2
  %563 = add i64 %558, 16
  %564 = mul i64 %563, 4
  %565 = getelementptr i8, ptr %246, i64 %564
  %566 = load <16 x float>, ptr %565, align 64
  %567 = fmul <16 x float> %566, %exp290
  %568 = add i64 %535, 3
  %569 = mul i64 %568, 32
  %570 = mul i64 %569, 4
  %571 = getelementptr i8, ptr %246, i64 %570
  %572 = load <16 x float>, ptr %571, align 64
  %573 = fmul <16 x float> %572, %exp2
  %574 = add i64 %569, 16
  %575 = mul i64 %574, 4
  %576 = getelementptr i8, ptr %246, i64 %575
  %577 = load <16 x float>, ptr %576, align 64
  %578 = fmul <16 x float> %577, %exp290
  %579 = add i64 %535, 4
  %580 = mul i64 %579, 32
  %581 = mul i64 %580, 4
  %582 = getelementptr i8, ptr %246, i64 %581
  %583 = load <16 x float>, ptr %582, align 64
  %584 = fmul <16 x float> %583, %exp2
  %585 = add i64 %580, 16
  %586 = mul i64 %585, 4
  %587 = getelementptr i8, ptr %246, i64 %586
  %588 = load <16 x float>, ptr %587, align 64
  %589 = fmul <16 x float> %588, %exp290
  %590 = add i64 %535, 5
  %591 = mul i64 %590, 32
  %592 = mul i64 %591, 4
  %593 = getelementptr i8, ptr %246, i64 %592
  %594 = load <16 x float>, ptr %593, align 64
  %595 = fmul <16 x float> %594, %exp2
  %596 = add i64 %591, 16
  %597 = mul i64 %596, 4
  %598 = getelementptr i8, ptr %246, i64 %597
  %599 = load <16 x float>, ptr %598, align 64
  %600 = fmul <16 x float> %599, %exp290
  %601 = add i64 %535, 6
  %602 = mul i64 %601, 32
  %603 = mul i64 %602, 4
  %604 = getelementptr i8, ptr %246, i64 %603
  %605 = load <16 x float>, ptr %604, align 64
  %606 = fmul <16 x float> %605, %exp2
  %607 = add i64 %602, 16
  %608 = mul i64 %607, 4
  %609 = getelementptr i8, ptr %246, i64 %608
  %610 = load <16 x float>, ptr %609, align 64
  %611 = fmul <16 x float> %610, %exp290
  %612 = add i64 %535, 7
  %613 = mul i64 %612, 32
  %614 = mul i64 %613, 4
  %615 = getelementptr i8, ptr %246, i64 %614
  %616 = load <16 x float>, ptr %615, align 64
  %617 = fmul <16 x float> %616, %exp2
  %618 = add i64 %613, 16
  %619 = mul i64 %618, 4
  %620 = getelementptr i8, ptr %246, i64 %619
  %621 = load <16 x float>, ptr %620, align 64
  %622 = fmul <16 x float> %621, %exp290
  br label %kpv

kpv:                                              ; preds = %body105, %body101
  %o.sroa.44.0 = phi <16 x float> [ %600, %body101 ], [ %662, %body105 ]
  %o.sroa.40.0 = phi <16 x float> [ %595, %body101 ], [ %661, %body105 ]
  %o.sroa.36.0 = phi <16 x float> [ %589, %body101 ], [ %657, %body105 ]
  %o.sroa.32.0 = phi <16 x float> [ %584, %body101 ], [ %656, %body105 ]
  %o.sroa.28.0 = phi <16 x float> [ %578, %body101 ], [ %652, %body105 ]
  %o.sroa.24.0 = phi <16 x float> [ %573, %body101 ], [ %651, %body105 ]
  %o.sroa.20.0 = phi <16 x float> [ %567, %body101 ], [ %647, %body105 ]
  %o.sroa.16.0 = phi <16 x float> [ %562, %body101 ], [ %646, %body105 ]
  %o.sroa.12.0 = phi <16 x float> [ %556, %body101 ], [ %642, %body105 ]
  %o.sroa.8.0 = phi <16 x float> [ %551, %body101 ], [ %641, %body105 ]
  %o.sroa.4.0 = phi <16 x float> [ %545, %body101 ], [ %637, %body105 ]
  %o.sroa.0.0 = phi <16 x float> [ %540, %body101 ], [ %636, %body105 ]
  %o.sroa.48.0 = phi <16 x float> [ %606, %body101 ], [ %666, %body105 ]
  %o.sroa.52.0 = phi <16 x float> [ %611, %body101 ], [ %667, %body105 ]
  %o.sroa.56.0 = phi <16 x float> [ %617, %body101 ], [ %671, %body105 ]
  %o.sroa.60.0 = phi <16 x float> [ %622, %body101 ], [ %672, %body105 ]
  %kpv108 = phi i32 [ 0, %body101 ], [ %673, %body105 ]
  %623 = icmp slt i32 %kpv108, %240
  br i1 %623, label %body105, label %exit107

body105:                                          ; preds = %kpv
  %624 = sext i32 %kpv108 to i64
  %625 = mul i64 %624, 32
  %626 = mul i64 %625, 4
  %627 = getelementptr i8, ptr %st, i64 %626
  %p = load <16 x float>, ptr %627, align 64
  %628 = add i64 %625, 16
  %629 = mul i64 %628, 4
  %630 = getelementptr i8, ptr %st, i64 %629
  %p109 = load <16 x float>, ptr %630, align 64
  %631 = mul i64 %624, 512
  %632 = getelementptr i8, ptr %vbuf, i64 %631
  %633 = mul i64 %535, 4
  %634 = getelementptr i8, ptr %632, i64 %633
  %v = load float, ptr %634, align 4
  %635 = insertelement <16 x float> poison, float %v, i32 0
  %splat110 = shufflevector <16 x float> %635, <16 x float> poison, <16 x i32> zeroinitializer
  %636 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat110, <16 x float> %o.sroa.0.0)
  %637 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p109, <16 x float> %splat110, <16 x float> %o.sroa.4.0)
  %638 = mul i64 %546, 4
  %639 = getelementptr i8, ptr %632, i64 %638
  %v111 = load float, ptr %639, align 4
  %640 = insertelement <16 x float> poison, float %v111, i32 0
  %splat112 = shufflevector <16 x float> %640, <16 x float> poison, <16 x i32> zeroinitializer
  %641 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat112, <16 x float> %o.sroa.8.0)
  %642 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p109, <16 x float> %splat112, <16 x float> %o.sroa.12.0)
  %643 = mul i64 %557, 4
  %644 = getelementptr i8, ptr %632, i64 %643
  %v113 = load float, ptr %644, align 4
  %645 = insertelement <16 x float> poison, float %v113, i32 0
  %splat114 = shufflevector <16 x float> %645, <16 x float> poison, <16 x i32> zeroinitializer
  %646 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat114, <16 x float> %o.sroa.16.0)
  %647 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p109, <16 x float> %splat114, <16 x float> %o.sroa.20.0)
  %648 = mul i64 %568, 4
  %649 = getelementptr i8, ptr %632, i64 %648
  %v115 = load float, ptr %649, align 4
  %650 = insertelement <16 x float> poison, float %v115, i32 0
  %splat116 = shufflevector <16 x float> %650, <16 x float> poison, <16 x i32> zeroinitializer
  %651 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat116, <16 x float> %o.sroa.24.0)
  %652 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p109, <16 x float> %splat116, <16 x float> %o.sroa.28.0)
  %653 = mul i64 %579, 4
  %654 = getelementptr i8, ptr %632, i64 %653
  %v117 = load float, ptr %654, align 4
  %655 = insertelement <16 x float> poison, float %v117, i32 0
  %splat118 = shufflevector <16 x float> %655, <16 x float> poison, <16 x i32> zeroinitializer
  %656 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat118, <16 x float> %o.sroa.32.0)
  %657 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p109, <16 x float> %splat118, <16 x float> %o.sroa.36.0)
  %658 = mul i64 %590, 4
  %659 = getelementptr i8, ptr %632, i64 %658
  %v119 = load float, ptr %659, align 4
  %660 = insertelement <16 x float> poison, float %v119, i32 0
  %splat120 = shufflevector <16 x float> %660, <16 x float> poison, <16 x i32> zeroinitializer
  %661 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat120, <16 x float> %o.sroa.40.0)
  %662 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p109, <16 x float> %splat120, <16 x float> %o.sroa.44.0)
  %663 = mul i64 %601, 4
  %664 = getelementptr i8, ptr %632, i64 %663
  %v121 = load float, ptr %664, align 4
  %665 = insertelement <16 x float> poison, float %v121, i32 0
  %splat122 = shufflevector <16 x float> %665, <16 x float> poison, <16 x i32> zeroinitializer
  %666 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat122, <16 x float> %o.sroa.48.0)
  %667 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p109, <16 x float> %splat122, <16 x float> %o.sroa.52.0)
  %668 = mul i64 %612, 4
  %669 = getelementptr i8, ptr %632, i64 %668
  %v123 = load float, ptr %669, align 4
  %670 = insertelement <16 x float> poison, float %v123, i32 0
  %splat124 = shufflevector <16 x float> %670, <16 x float> poison, <16 x i32> zeroinitializer
  %671 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat124, <16 x float> %o.sroa.56.0)
  %672 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p109, <16 x float> %splat124, <16 x float> %o.sroa.60.0)
  %673 = add nsw i32 %kpv108, 1
  br label %kpv

exit107:                                          ; preds = %kpv
  store <16 x float> %o.sroa.0.0, ptr %538, align 64
  store <16 x float> %o.sroa.4.0, ptr %543, align 64
  store <16 x float> %o.sroa.8.0, ptr %549, align 64
  store <16 x float> %o.sroa.12.0, ptr %554, align 64
  store <16 x float> %o.sroa.16.0, ptr %560, align 64
  store <16 x float> %o.sroa.20.0, ptr %565, align 64
  store <16 x float> %o.sroa.24.0, ptr %571, align 64
  store <16 x float> %o.sroa.28.0, ptr %576, align 64
  store <16 x float> %o.sroa.32.0, ptr %582, align 64
  store <16 x float> %o.sroa.36.0, ptr %587, align 64
  store <16 x float> %o.sroa.40.0, ptr %593, align 64
  store <16 x float> %o.sroa.44.0, ptr %598, align 64
  store <16 x float> %o.sroa.48.0, ptr %604, align 64
  store <16 x float> %o.sroa.52.0, ptr %609, align 64
  store <16 x float> %o.sroa.56.0, ptr %615, align 64
  store <16 x float> %o.sroa.60.0, ptr %620, align 64
  %674 = add nsw i32 %pvblock104, 1
  br label %pvblock

orow125:                                          ; preds = %written, %exit16
  %orow129 = phi i32 [ 0, %exit16 ], [ %713, %written ]
  %675 = icmp slt i32 %orow129, %nrows
  br i1 %675, label %body126, label %done

body126:                                          ; preds = %orow125
  %676 = sext i32 %orow129 to i64
  %677 = getelementptr float, ptr %ms, i64 %676
  %m130 = load float, ptr %677, align 4
  %678 = getelementptr float, ptr %ls, i64 %676
  %l = load float, ptr %678, align 4
  %679 = sdiv i32 %orow129, 32
  %680 = srem i32 %orow129, 32
  %681 = sext i32 %679 to i64
  %682 = mul i64 %681, 4096
  %683 = mul i64 %682, 4
  %684 = getelementptr i8, ptr %ot, i64 %683
  br label %otrow

otrow:                                            ; preds = %body131, %body126
  %otrow134 = phi i32 [ 0, %body126 ], [ %695, %body131 ]
  %685 = icmp slt i32 %otrow134, 128
  br i1 %685, label %body131, label %exit133

body131:                                          ; preds = %otrow
  %686 = sext i32 %680 to i64
  %687 = sext i32 %otrow134 to i64
  %688 = mul i64 %687, 32
  %689 = add i64 %688, %686
  %690 = mul i64 %689, 4
  %691 = getelementptr i8, ptr %684, i64 %690
  %692 = load float, ptr %691, align 4
  %693 = mul i64 %687, 4
  %694 = getelementptr i8, ptr %rowbuf, i64 %693
  store float %692, ptr %694, align 4
  %695 = add nsw i32 %otrow134, 1
  br label %otrow

exit133:                                          ; preds = %otrow
  %696 = icmp ne ptr %part, null
  br i1 %696, label %partial, label %final

partial:                                          ; preds = %exit133
  %697 = sext i32 %nrows to i64
  %698 = mul i64 %676, 128
  %699 = getelementptr float, ptr %part, i64 %698
  br label %chunk135

final:                                            ; preds = %exit133
  %700 = sdiv i32 %orow129, %nh
  %qi140 = add i32 %q_begin, %700
  %701 = srem i32 %orow129, %nh
  %h141 = add i32 %h_begin, %701
  %702 = mul i32 %kv_head, 4
  %hq142 = add i32 %702, %h141
  %703 = sext i32 %qi140 to i64
  %704 = add i64 %q_row0, %703
  %705 = mul i64 %704, 32
  %706 = sext i32 %hq142 to i64
  %orow143 = add i64 %705, %706
  %707 = fcmp oeq float %l, 0.000000e+00
  %708 = fdiv float 1.000000e+00, %l
  %709 = select i1 %707, float 0.000000e+00, float %708
  %710 = mul i64 %orow143, 512
  %711 = getelementptr i8, ptr %out, i64 %710
  %712 = insertelement <16 x float> poison, float %709, i32 0
  %splat144 = shufflevector <16 x float> %712, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk145

written:                                          ; preds = %exit148, %exit138
  %713 = add nsw i32 %orow129, 1
  br label %orow125

chunk135:                                         ; preds = %body136, %partial
  %chunk139 = phi i64 [ 0, %partial ], [ %719, %body136 ]
  %714 = icmp slt i64 %chunk139, 8
  br i1 %714, label %body136, label %exit138

body136:                                          ; preds = %chunk135
  %715 = getelementptr <16 x float>, ptr %rowbuf, i64 %chunk139
  %716 = load <16 x float>, ptr %715, align 64
  %717 = mul i64 %chunk139, 64
  %718 = getelementptr i8, ptr %699, i64 %717
  store <16 x float> %716, ptr %718, align 4
  %719 = add nsw i64 %chunk139, 1
  br label %chunk135

exit138:                                          ; preds = %chunk135
  %720 = mul i64 %697, 128
  %721 = add i64 %720, %676
  %722 = getelementptr float, ptr %part, i64 %721
  store float %m130, ptr %722, align 4
  %723 = add i64 %721, %697
  %724 = getelementptr float, ptr %part, i64 %723
  store float %l, ptr %724, align 4
  br label %written

chunk145:                                         ; preds = %body146, %final
  %chunk149 = phi i64 [ 0, %final ], [ %731, %body146 ]
  %725 = icmp slt i64 %chunk149, 8
  br i1 %725, label %body146, label %exit148

body146:                                          ; preds = %chunk145
  %726 = getelementptr <16 x float>, ptr %rowbuf, i64 %chunk149
  %727 = load <16 x float>, ptr %726, align 64
  %728 = fmul <16 x float> %727, %splat144
  %729 = mul i64 %chunk149, 64
  %730 = getelementptr i8, ptr %711, i64 %729
  store <16 x float> %728, ptr %730, align 4
  %731 = add nsw i64 %chunk149, 1
  br label %chunk145

exit148:                                          ; preds = %chunk145
  %732 = call float @llvm.log.f32(float %l)
  %733 = call float @llvm.fmuladd.f32(float %m130, float 0x3FE62E4300000000, float %732)
  %lse150 = select i1 %707, float 0xFFF0000000000000, float %733
  %734 = getelementptr float, ptr %lse, i64 %orow143
  store float %lse150, ptr %734, align 4
  br label %written
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smin.i32(i32, i32) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.fmuladd.v16f32(<16 x float>, <16 x float>, <16 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.maxnum.v16f32(<16 x float>, <16 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.minnum.v16f32(<16 x float>, <16 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.log.f32(float) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #1

declare i32 @attnrt_run(ptr, ptr)

; Function Attrs: nounwind
define i32 @llama3_8b(ptr %0) #0 {
entry:
  %1 = call i32 @attnrt_run(ptr @llama3_8b_kernel, ptr %0)
  ret i32 %1
}

declare i64 @attnrt_tasks(ptr, ptr)

; Function Attrs: nounwind
define i64 @llama3_8b_tasks(ptr %0) #0 {
entry:
  %1 = call i64 @attnrt_tasks(ptr @llama3_8b_kernel, ptr %0)
  ret i64 %1
}

declare i32 @attnrt_task(ptr, ptr, i64)

; Function Attrs: nounwind
define i32 @llama3_8b_task(ptr %0, i64 %1) #0 {
entry:
  %2 = call i32 @attnrt_task(ptr @llama3_8b_kernel, ptr %0, i64 %1)
  ret i32 %2
}

declare i64 @attnrt_workspace(ptr, ptr)

; Function Attrs: nounwind
define i64 @llama3_8b_workspace(ptr %0) #0 {
entry:
  %1 = call i64 @attnrt_workspace(ptr @llama3_8b_kernel, ptr %0)
  ret i64 %1
}

declare i32 @attnrt_append(ptr, ptr)

; Function Attrs: nounwind
define i32 @llama3_8b_append(ptr %0) #0 {
entry:
  %1 = call i32 @attnrt_append(ptr @llama3_8b_kernel, ptr %0)
  ret i32 %1
}

; Function Attrs: nounwind
define ptr @llama3_8b_info() #0 {
entry:
  ret ptr @llama3_8b_info_data
}

attributes #0 = { nounwind "target-cpu"="x86-64-v4" "target-features"="+avx512f,+evex512,+avx512bw,+avx512vl,+avx2,+fma,+f16c" }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
